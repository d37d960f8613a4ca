package org.talkstracker.proposal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.talkstracker.editing.NamedRef;
import org.talkstracker.text.TextLanguage;

/** A round's proposals as plain records, for its page and exports: in one statement. */
@Repository
public class ProposalRecords {

	private final JdbcClient jdbc;

	ProposalRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The round's proposals in the order the round lists them, with their parties. */
	public List<ProposalRecord> ofRound(long round) {
		return this.jdbc.sql("""
				select x.id, x.slug, x.category, x.title, x.title_language, x.details, x.details_language, x.status,
				       x.response, x.response_language, x.deadline, p.slug as party_slug, p.name as party,
				       p.name_uk as party_uk, p.name_ru as party_ru, p.name_original as party_original
				from proposal x join party p on p.id = x.party_id
				where x.round_id = :round
				order by x.position""")
			.param("round", round)
			.query((row, index) -> new ProposalRecord(row.getLong("id"), row.getString("slug"),
					NamedRef.read(row, "party"), ProposalCategory.valueOf(row.getString("category")),
					row.getString("title"), TextLanguage.read(row, "title"), row.getString("details"),
					TextLanguage.read(row, "details"), ProposalStatus.valueOf(row.getString("status")),
					row.getString("response"), TextLanguage.read(row, "response"),
					row.getObject("deadline", LocalDate.class)))
			.list();
	}

	public record ProposalRecord(long id, String slug, NamedRef party, ProposalCategory category, String title,
			TextLanguage titleLanguage, String details, TextLanguage detailsLanguage, ProposalStatus status,
			String response, TextLanguage responseLanguage, LocalDate deadline) {
	}

}
