package org.talkstracker.feed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.talkstracker.editing.Name;
import org.talkstracker.round.RoundStatus;
import org.talkstracker.text.Text;
import org.talkstracker.text.TextLanguage;

/**
 * Published rounds, most recently changed first, and their releases, newest first, each
 * in one statement.
 */
@Repository
class FeedRounds {

	private final JdbcClient jdbc;

	FeedRounds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The rounds, each with its summary's translation into the language, if any. */
	List<FeedRound> latest(int limit, TextLanguage language) {
		return this.jdbc.sql("""
				select r.slug, r.number, p.name as process_name, p.name_uk as process_name_uk,
				    p.name_ru as process_name_ru, p.name_original as process_name_original, r.status, r.held_on,
				    r.city, r.city_uk, r.city_ru, r.city_original, r.venue, r.venue_uk, r.venue_ru, r.venue_original,
				    r.started_at, r.ended_at, r.summary, r.summary_language, r.updated_at,
				    t.language as translated_into, t.text as translation, t.translator, t.translated_at
				from round r join process p on p.id = r.process_id
				left join text_translation t on t.round_id = r.id and t.field = 'summary' and t.language = :language
				where r.published
				order by r.updated_at desc, r.id desc
				limit :limit""")
			.param("limit", limit)
			.param("language", language.code())
			.query((row, number) -> round(row))
			.list();
	}

	/**
	 * The latest releases of published rounds, newest first, each with its round as it is
	 * now.
	 */
	List<FeedRelease> releases(int limit, TextLanguage language) {
		return this.jdbc.sql("""
				select r.slug, r.number, p.name as process_name, p.name_uk as process_name_uk,
				    p.name_ru as process_name_ru, p.name_original as process_name_original, r.status, r.held_on,
				    r.city, r.city_uk, r.city_ru, r.city_original, r.venue, r.venue_uk, r.venue_ru, r.venue_original,
				    r.started_at, r.ended_at, r.summary, r.summary_language, r.updated_at,
				    t.language as translated_into, t.text as translation, t.translator, t.translated_at,
				    x.number as release, x.released_at, x.kind, x.note, x.editor
				from round_release x join round r on r.id = x.round_id join process p on p.id = r.process_id
				left join text_translation t on t.round_id = r.id and t.field = 'summary' and t.language = :language
				where r.published
				order by x.released_at desc, x.id desc
				limit :limit""")
			.param("limit", limit)
			.param("language", language.code())
			.query((row, number) -> new FeedRelease(round(row), row.getInt("release"),
					instant(row.getTimestamp("released_at")), row.getString("kind"), row.getString("note"),
					row.getString("editor")))
			.list();
	}

	private static FeedRound round(ResultSet row) throws SQLException {
		return new FeedRound(row.getString("slug"), row.getInt("number"), Name.read(row, "process_name"),
				RoundStatus.valueOf(row.getString("status")), row.getObject("held_on", LocalDate.class),
				Name.read(row, "city"), Name.read(row, "venue"), instant(row.getTimestamp("started_at")),
				instant(row.getTimestamp("ended_at")), summary(row), instant(row.getTimestamp("updated_at")));
	}

	/**
	 * The round's summary, with its translation into the feed's language where there is
	 * one.
	 */
	private static Text summary(ResultSet row) throws SQLException {
		List<Text.Translation> translations = (row.getString("translated_into") != null)
				? List.of(new Text.Translation(TextLanguage.ofCode(row.getString("translated_into")).orElseThrow(),
						row.getString("translation"), row.getString("translator"),
						instant(row.getTimestamp("translated_at"))))
				: List.of();
		return Text.of(row.getString("summary"), TextLanguage.ofCode(row.getString("summary_language")).orElseThrow(),
				translations);
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
