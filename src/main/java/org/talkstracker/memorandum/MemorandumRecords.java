package org.talkstracker.memorandum;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.talkstracker.editing.Name;
import org.talkstracker.editing.NamedRef;
import org.talkstracker.source.DatePrecision;
import org.talkstracker.text.TextLanguage;

/**
 * The memoranda delivered at a round and their clauses as plain records, for its page and
 * exports: each kind in one statement.
 */
@Repository
public class MemorandumRecords {

	private final JdbcClient jdbc;

	MemorandumRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The memoranda delivered at the round, in the order they were added. */
	public List<MemorandumRecord> ofRound(long round) {
		return this.jdbc.sql("""
				select m.id, m.slug, m.title, m.title_uk, m.title_ru, m.title_original, m.delivered_on,
				       m.delivered_on_precision, m.published_on, m.summary, m.summary_language,
				       p.slug as author_slug, p.name as author, p.name_uk as author_uk, p.name_ru as author_ru,
				       p.name_original as author_original
				from memorandum m join party p on p.id = m.author_party_id
				where m.round_id = :round
				order by m.id""").param("round", round).query((row, index) -> {
			String precision = row.getString("delivered_on_precision");
			return new MemorandumRecord(row.getLong("id"), row.getString("slug"), Name.read(row, "title"),
					NamedRef.read(row, "author"), row.getObject("delivered_on", LocalDate.class),
					(precision != null) ? DatePrecision.valueOf(precision) : null,
					row.getObject("published_on", LocalDate.class), row.getString("summary"),
					TextLanguage.read(row, "summary"));
		}).list();
	}

	/** The clauses of the memoranda delivered at the round, by memorandum, in order. */
	public List<ClauseRecord> clausesOfRound(long round) {
		return this.jdbc.sql("""
				select c.id, c.memorandum_id, c.number, c.topic, c.text, c.text_language
				from clause c join memorandum m on m.id = c.memorandum_id
				where m.round_id = :round
				order by c.memorandum_id, c.number""")
			.param("round", round)
			.query((row, index) -> new ClauseRecord(row.getLong("id"), row.getLong("memorandum_id"),
					row.getInt("number"), ClauseTopic.valueOf(row.getString("topic")), row.getString("text"),
					TextLanguage.read(row, "text")))
			.list();
	}

	public record MemorandumRecord(long id, String slug, Name title, NamedRef author, LocalDate deliveredOn,
			DatePrecision deliveredPrecision, LocalDate publishedOn, String summary, TextLanguage summaryLanguage) {
	}

	public record ClauseRecord(long id, long memorandumId, int number, ClauseTopic topic, String text,
			TextLanguage textLanguage) {
	}

}
