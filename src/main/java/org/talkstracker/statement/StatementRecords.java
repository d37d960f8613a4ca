package org.talkstracker.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.talkstracker.editing.NamedRef;
import org.talkstracker.source.DatePrecision;
import org.talkstracker.text.TextLanguage;

/**
 * The statements made at a round as plain records, for its page and exports, with the
 * statements they dispute and those disputing them wherever those were made: all in one
 * statement.
 */
@Repository
public class StatementRecords {

	private final JdbcClient jdbc;

	StatementRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The round's statements, and those they dispute or that dispute them: one index
	 * lookup each, as a union (with the three conditions joined by "or" PostgreSQL read
	 * every statement, 0.9-1.2 s at the 10,000-round scale).
	 */
	public RoundStatements ofRound(long round) {
		List<StatementRecord> said = new ArrayList<>();
		Map<Long, StatementRecord> byId = new HashMap<>();
		this.jdbc.sql("""
				select s.id, s.slug, coalesce(s.round_id = :round, false) as of_round, s.disputes_id, s.speaker_title,
				       s.said_on, s.said_on_precision, s.text, s.text_language, s.quote, s.quote_language,
				       x.slug as speaker_slug, x.name as speaker, x.name_uk as speaker_uk, x.name_ru as speaker_ru,
				       x.name_original as speaker_original, p.slug as party_slug, p.name as party,
				       p.name_uk as party_uk, p.name_ru as party_ru, p.name_original as party_original
				from statement s join party p on p.id = s.party_id left join person x on x.id = s.speaker_id
				where s.id in (select d.id from statement d where d.round_id = :round
				               union select d.id from statement d join statement e on e.id = d.disputes_id
				                   where e.round_id = :round
				               union select d.disputes_id from statement d where d.round_id = :round)
				order by s.said_on nulls last, s.id""").param("round", round).query((row) -> {
			String precision = row.getString("said_on_precision");
			StatementRecord statement = new StatementRecord(row.getLong("id"), row.getString("slug"),
					NamedRef.read(row, "speaker"), row.getString("speaker_title"), NamedRef.read(row, "party"),
					row.getObject("said_on", LocalDate.class),
					(precision != null) ? DatePrecision.valueOf(precision) : null, row.getString("text"),
					TextLanguage.read(row, "text"), row.getString("quote"), TextLanguage.read(row, "quote"),
					row.getObject("disputes_id", Long.class));
			byId.put(statement.id(), statement);
			if (row.getBoolean("of_round")) {
				said.add(statement);
			}
		});
		return new RoundStatements(List.copyOf(said), byId);
	}

	/**
	 * A round's statements, in the order they were made (undated last), and what each
	 * disputes or is disputed by.
	 */
	public static final class RoundStatements {

		private final List<StatementRecord> said;

		private final Map<Long, StatementRecord> byId;

		private final Map<Long, List<StatementRecord>> disputing;

		RoundStatements(List<StatementRecord> said, Map<Long, StatementRecord> byId) {
			this.said = said;
			this.byId = byId;
			this.disputing = byId.values()
				.stream()
				.filter((statement) -> statement.disputesId() != null)
				.sorted(Comparator.comparingLong(StatementRecord::id))
				.collect(Collectors.groupingBy(StatementRecord::disputesId));
		}

		public List<StatementRecord> said() {
			return this.said;
		}

		/** The statement this one disputes, if any. */
		public StatementRecord disputes(StatementRecord statement) {
			return (statement.disputesId() != null) ? this.byId.get(statement.disputesId()) : null;
		}

		/**
		 * The statements disputing this one, wherever made, in the order they were added.
		 */
		public List<StatementRecord> disputedBy(StatementRecord statement) {
			return this.disputing.getOrDefault(statement.id(), List.of());
		}

	}

	/**
	 * A statement; who made it is the speaker when known, else the party.
	 */
	public record StatementRecord(long id, String slug, NamedRef speaker, String speakerTitle, NamedRef party,
			LocalDate saidOn, DatePrecision saidPrecision, String text, TextLanguage textLanguage, String quote,
			TextLanguage quoteLanguage, Long disputesId) {
	}

}
