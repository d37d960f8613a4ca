package org.talkstracker.memorandum;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.talkstracker.editing.Name;
import org.talkstracker.editing.NamedRef;
import org.talkstracker.source.DatePrecision;
import org.talkstracker.text.TextLanguage;

/**
 * The memoranda delivered at a round and their clauses as plain records, for its page and
 * exports, the memoranda with their clauses in one statement.
 */
@Repository
public class MemorandumRecords {

	private final JdbcClient jdbc;

	MemorandumRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The memoranda delivered at the round, in the order they were added, and their
	 * clauses, by memorandum, in order: one statement, a row per clause (or per
	 * memorandum without any).
	 */
	public RoundMemoranda ofRound(long round) {
		Map<Long, MemorandumRecord> memoranda = new LinkedHashMap<>();
		List<ClauseRecord> clauses = new ArrayList<>();
		this.jdbc.sql("""
				select m.id, m.slug, m.title, m.title_uk, m.title_ru, m.title_original, m.delivered_on,
				       m.delivered_on_precision, m.published_on, m.summary, m.summary_language,
				       p.slug as author_slug, p.name as author, p.name_uk as author_uk, p.name_ru as author_ru,
				       p.name_original as author_original,
				       c.id as clause_id, c.number, c.topic, c.text, c.text_language
				from memorandum m join party p on p.id = m.author_party_id
				left join clause c on c.memorandum_id = m.id
				where m.round_id = :round
				order by m.id, c.number""").param("round", round).query((ResultSet row) -> {
			long id = row.getLong("id");
			if (!memoranda.containsKey(id)) {
				memoranda.put(id, memorandum(row));
			}
			long clause = row.getLong("clause_id");
			if (!row.wasNull()) {
				clauses
					.add(new ClauseRecord(clause, id, row.getInt("number"), ClauseTopic.valueOf(row.getString("topic")),
							row.getString("text"), TextLanguage.read(row, "text")));
			}
		});
		return new RoundMemoranda(List.copyOf(memoranda.values()), List.copyOf(clauses));
	}

	private static MemorandumRecord memorandum(ResultSet row) throws SQLException {
		String precision = row.getString("delivered_on_precision");
		return new MemorandumRecord(row.getLong("id"), row.getString("slug"), Name.read(row, "title"),
				NamedRef.read(row, "author"), row.getObject("delivered_on", LocalDate.class),
				(precision != null) ? DatePrecision.valueOf(precision) : null,
				row.getObject("published_on", LocalDate.class), row.getString("summary"),
				TextLanguage.read(row, "summary"));
	}

	/** A round's memoranda and their clauses. */
	public record RoundMemoranda(List<MemorandumRecord> memoranda, List<ClauseRecord> clauses) {
	}

	public record MemorandumRecord(long id, String slug, Name title, NamedRef author, LocalDate deliveredOn,
			DatePrecision deliveredPrecision, LocalDate publishedOn, String summary, TextLanguage summaryLanguage) {
	}

	public record ClauseRecord(long id, long memorandumId, int number, ClauseTopic topic, String text,
			TextLanguage textLanguage) {
	}

}
