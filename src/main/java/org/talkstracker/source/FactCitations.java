package org.talkstracker.source;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What facts cite, as plain records: the citations of every fact a page shows in one
 * statement, whatever the facts' kinds and number.
 */
@Repository
public class FactCitations {

	private static final String SQL = """
			select c.round_id, c.delegation_id, c.delegation_member_id, c.third_party_id, c.proposal_id,
			       c.exchange_agreement_id, c.exchange_stage_id, c.exchange_reported_total_id, c.memorandum_id,
			       c.clause_id, c.statement_id, s.id as source_id, s.slug, s.publisher, s.title, s.url,
			       s.published_on, s.kind, s.note
			from citation c join source s on s.id = c.source_id
			where c.round_id = any(:round_id) or c.delegation_id = any(:delegation_id)
			   or c.delegation_member_id = any(:delegation_member_id) or c.third_party_id = any(:third_party_id)
			   or c.proposal_id = any(:proposal_id) or c.exchange_agreement_id = any(:exchange_agreement_id)
			   or c.exchange_stage_id = any(:exchange_stage_id)
			   or c.exchange_reported_total_id = any(:exchange_reported_total_id)
			   or c.memorandum_id = any(:memorandum_id) or c.clause_id = any(:clause_id)
			   or c.statement_id = any(:statement_id)
			order by c.position, c.id""";

	private final JdbcClient jdbc;

	FactCitations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The sources each of the facts cites, in the order it cites them. */
	public Cited of(Map<CitingFact, ? extends Collection<Long>> facts) {
		Map<CitingFact, Map<Long, List<SourceRecord>>> cited = new EnumMap<>(CitingFact.class);
		this.jdbc.sql(SQL).params(parameters(facts)).query((ResultSet row) -> {
			SourceRecord source = source(row);
			for (CitingFact kind : CitingFact.values()) {
				long id = row.getLong(kind.column);
				if (!row.wasNull()) {
					cited.computeIfAbsent(kind, (any) -> new HashMap<>())
						.computeIfAbsent(id, (any) -> new ArrayList<>())
						.add(source);
					break;
				}
			}
		});
		return new Cited(cited);
	}

	private static Map<String, Object> parameters(Map<CitingFact, ? extends Collection<Long>> facts) {
		Map<String, Object> parameters = new HashMap<>();
		for (CitingFact kind : CitingFact.values()) {
			Collection<Long> ids = facts.get(kind);
			parameters.put(kind.column, (ids != null) ? ids.toArray(Long[]::new) : new Long[0]);
		}
		return parameters;
	}

	private static SourceRecord source(ResultSet row) throws SQLException {
		return new SourceRecord(row.getLong("source_id"), row.getString("slug"), row.getString("publisher"),
				row.getString("title"), row.getString("url"), row.getObject("published_on", LocalDate.class),
				SourceKind.valueOf(row.getString("kind")), row.getString("note"));
	}

	/** The kinds of facts that cite sources, each by its column in the citations. */
	public enum CitingFact {

		ROUND("round_id"), DELEGATION("delegation_id"), DELEGATION_MEMBER("delegation_member_id"),
		THIRD_PARTY("third_party_id"), PROPOSAL("proposal_id"), EXCHANGE_AGREEMENT("exchange_agreement_id"),
		EXCHANGE_STAGE("exchange_stage_id"), EXCHANGE_REPORTED_TOTAL("exchange_reported_total_id"),
		MEMORANDUM("memorandum_id"), CLAUSE("clause_id"), STATEMENT("statement_id");

		private final String column;

		CitingFact(String column) {
			this.column = column;
		}

	}

	/** The sources facts cite. */
	public static final class Cited {

		private final Map<CitingFact, Map<Long, List<SourceRecord>>> cited;

		Cited(Map<CitingFact, Map<Long, List<SourceRecord>>> cited) {
			this.cited = cited;
		}

		/**
		 * The sources the fact cites, in the order it cites them; none if not asked for.
		 */
		public List<SourceRecord> by(CitingFact kind, long id) {
			return this.cited.getOrDefault(kind, Map.of()).getOrDefault(id, List.of());
		}

	}

	public record SourceRecord(long id, String slug, String publisher, String title, String url, LocalDate publishedOn,
			SourceKind kind, String note) {
	}

}
