package org.talkstracker.release;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the round page says of its releases, read as plain rows rather than through the
 * repository: it runs on every rendered round page.
 */
@Repository
class RoundReleaseLines {

	private final JdbcClient jdbc;

	RoundReleaseLines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The round's latest release and its latest correction (the same one when the latest
	 * is a correction), newest first, without their data files.
	 */
	List<ReleaseLine> latestAndLastCorrection(String slug) {
		return this.jdbc.sql("""
				select r.number, r.released_at, r.kind, r.note, r.editor, r.approved_by
				from round_release r
				where r.round_slug = :slug and (
				    r.number = (select max(x.number) from round_release x where x.round_slug = :slug)
				    or r.number = (select max(x.number) from round_release x where x.round_slug = :slug
				                   and x.kind = 'CORRECTION'))
				order by r.number desc""")
			.param("slug", slug)
			.query((row, index) -> new ReleaseLine(row.getInt("number"), row.getTimestamp("released_at").toInstant(),
					ReleaseKind.valueOf(row.getString("kind")), row.getString("note"), row.getString("editor"),
					row.getString("approved_by")))
			.list();
	}

}
