package org.talkstracker.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.talkstracker.editing.Name;
import org.talkstracker.editing.NamedRef;
import org.talkstracker.source.DatePrecision;

/**
 * A round's exchange agreements, their stages and reported totals as plain records, for
 * its page and exports, and for the exchanges page: each kind in one statement,
 * agreements with their stages.
 */
@Repository
public class ExchangeRecords {

	private static final String REPORTED_TOTALS = """
			select t.id, t.agreement_id, t.received_by, t.reported_by, t.total, t.reported_on
			from exchange_reported_total t""";

	private final JdbcClient jdbc;

	ExchangeRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The round's agreements in the order the round lists them, with both sides, and
	 * their stages, by agreement, in sequence: one statement, a row per stage (or per
	 * agreement without any).
	 */
	public RoundAgreements ofRound(long round) {
		Map<Long, AgreementRecord> agreements = new LinkedHashMap<>();
		List<StageRecord> stages = new ArrayList<>();
		this.jdbc
			.sql("""
					select e.id, e.slug, e.kind, e.all_for_all, e.side_a_count, e.side_a_count_precision, e.side_b_count,
					       e.side_b_count_precision, e.criteria, e.description,
					       a.slug as side_a_slug, a.name as side_a, a.name_uk as side_a_uk, a.name_ru as side_a_ru,
					       a.name_original as side_a_original,
					       b.slug as side_b_slug, b.name as side_b, b.name_uk as side_b_uk, b.name_ru as side_b_ru,
					       b.name_original as side_b_original,
					       s.id as stage_id, s.sequence, s.occurred_on, s.occurred_on_precision, s.announced_on,
					       s.side_a_received_per_a, s.side_a_received_per_b, s.side_a_counted,
					       s.side_b_received_per_a, s.side_b_received_per_b, s.side_b_counted,
					       s.side_a_withheld, s.side_b_withheld, s.note
					from exchange_agreement e join party a on a.id = e.side_a_party_id join party b on b.id = e.side_b_party_id
					left join exchange_stage s on s.agreement_id = e.id
					where e.round_id = :round
					order by e.position, s.sequence""")
			.param("round", round)
			.query((ResultSet row) -> {
				long id = row.getLong("id");
				if (!agreements.containsKey(id)) {
					agreements.put(id, agreement(row));
				}
				long stage = row.getLong("stage_id");
				if (!row.wasNull()) {
					stages.add(stage(row, stage, id));
				}
			});
		return new RoundAgreements(List.copyOf(agreements.values()), List.copyOf(stages));
	}

	/**
	 * One page of the exchanges agreed at published rounds, oldest round first, each with
	 * its round, process and sides, and their stages, by agreement, in sequence: one
	 * statement, a row per stage (or per agreement without any).
	 */
	PublishedPage publishedPage(Pageable page) {
		Map<Long, PublishedAgreement> agreements = new LinkedHashMap<>();
		List<StageRecord> stages = new ArrayList<>();
		this.jdbc
			.sql("""
					with page as (
					    select a.id, a.slug, a.kind, a.all_for_all, a.side_a_count, a.side_a_count_precision, a.side_b_count,
					           a.side_b_count_precision, a.criteria, a.description, a.position, r.id as round_id,
					           r.slug as round_slug, r.number as round_number, r.city, r.city_uk, r.city_ru, r.city_original,
					           r.held_on, p.name as process_name, p.name_uk as process_name_uk, p.name_ru as process_name_ru,
					           p.name_original as process_name_original,
					           sa.slug as side_a_slug, sa.name as side_a, sa.name_uk as side_a_uk, sa.name_ru as side_a_ru,
					           sa.name_original as side_a_original,
					           sb.slug as side_b_slug, sb.name as side_b, sb.name_uk as side_b_uk, sb.name_ru as side_b_ru,
					           sb.name_original as side_b_original
					    from exchange_agreement a join round r on r.id = a.round_id join process p on p.id = r.process_id
					    join party sa on sa.id = a.side_a_party_id join party sb on sb.id = a.side_b_party_id
					    where r.published
					    order by r.held_on, r.id, a.position, a.id
					    limit :limit offset :offset)
					select page.*, s.id as stage_id, s.sequence, s.occurred_on, s.occurred_on_precision, s.announced_on,
					       s.side_a_received_per_a, s.side_a_received_per_b, s.side_a_counted,
					       s.side_b_received_per_a, s.side_b_received_per_b, s.side_b_counted,
					       s.side_a_withheld, s.side_b_withheld, s.note
					from page left join exchange_stage s on s.agreement_id = page.id
					order by page.held_on, page.round_id, page.position, page.id, s.sequence""")
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query((ResultSet row) -> {
				long id = row.getLong("id");
				if (!agreements.containsKey(id)) {
					agreements.put(id,
							new PublishedAgreement(agreement(row), row.getString("round_slug"),
									row.getInt("round_number"), Name.read(row, "city"),
									row.getObject("held_on", LocalDate.class), Name.read(row, "process_name")));
				}
				long stage = row.getLong("stage_id");
				if (!row.wasNull()) {
					stages.add(stage(row, stage, id));
				}
			});
		return new PublishedPage(List.copyOf(agreements.values()), List.copyOf(stages));
	}

	/**
	 * The totals the parties reported of the round's agreements, by agreement, receiver
	 * and reporter.
	 */
	public List<ReportedTotalRecord> reportedTotalsOfRound(long round) {
		return this.jdbc.sql(REPORTED_TOTALS + """
				 join exchange_agreement e on e.id = t.agreement_id
				where e.round_id = :round
				order by t.agreement_id, t.received_by, t.reported_by""")
			.param("round", round)
			.query(ExchangeRecords::reportedTotal)
			.list();
	}

	/** The totals reported of these agreements, by agreement, receiver and reporter. */
	List<ReportedTotalRecord> reportedTotalsOf(Collection<Long> agreements) {
		return this.jdbc.sql(REPORTED_TOTALS + """

				where t.agreement_id = any(:agreements)
				order by t.agreement_id, t.received_by, t.reported_by""")
			.param("agreements", agreements.toArray(Long[]::new))
			.query(ExchangeRecords::reportedTotal)
			.list();
	}

	private static StageRecord stage(ResultSet row, long id, long agreementId) throws SQLException {
		return new StageRecord(id, agreementId, row.getInt("sequence"), row.getObject("occurred_on", LocalDate.class),
				DatePrecision.valueOf(row.getString("occurred_on_precision")),
				row.getObject("announced_on", LocalDate.class), counts(row, "side_a"), counts(row, "side_b"),
				row.getBoolean("side_a_withheld"), row.getBoolean("side_b_withheld"), row.getString("note"));
	}

	private static ReportedTotalRecord reportedTotal(ResultSet row, int index) throws SQLException {
		return new ReportedTotalRecord(row.getLong("id"), row.getLong("agreement_id"),
				ExchangeSide.valueOf(row.getString("received_by")), ExchangeSide.valueOf(row.getString("reported_by")),
				row.getInt("total"), row.getObject("reported_on", LocalDate.class));
	}

	private static AgreementRecord agreement(ResultSet row) throws SQLException {
		return new AgreementRecord(row.getLong("id"), row.getString("slug"),
				ExchangeKind.valueOf(row.getString("kind")), row.getBoolean("all_for_all"),
				NamedRef.read(row, "side_a"), row.getObject("side_a_count", Integer.class),
				CountPrecision.valueOf(row.getString("side_a_count_precision")), NamedRef.read(row, "side_b"),
				row.getObject("side_b_count", Integer.class),
				CountPrecision.valueOf(row.getString("side_b_count_precision")), row.getString("criteria"),
				row.getString("description"));
	}

	private static ReceivedCounts counts(ResultSet row, String side) throws SQLException {
		return new ReceivedCounts(row.getObject(side + "_received_per_a", Integer.class),
				row.getObject(side + "_received_per_b", Integer.class),
				row.getObject(side + "_counted", Integer.class));
	}

	public record AgreementRecord(long id, String slug, ExchangeKind kind, boolean allForAll, NamedRef sideA,
			Integer sideACount, CountPrecision sideACountPrecision, NamedRef sideB, Integer sideBCount,
			CountPrecision sideBCountPrecision, String criteria, String description) {

		/** The party on the given side. */
		public NamedRef party(ExchangeSide side) {
			return (side == ExchangeSide.SIDE_A) ? this.sideA : this.sideB;
		}

	}

	/** A round's agreements and their stages. */
	public record RoundAgreements(List<AgreementRecord> agreements, List<StageRecord> stages) {
	}

	/** A page of agreements made at published rounds and their stages. */
	record PublishedPage(List<PublishedAgreement> agreements, List<StageRecord> stages) {
	}

	/** An agreement made at a published round, with the round it was made at. */
	record PublishedAgreement(AgreementRecord agreement, String roundSlug, int roundNumber, Name city, LocalDate heldOn,
			Name processName) {
	}

	public record StageRecord(long id, long agreementId, int sequence, LocalDate occurredOn,
			DatePrecision occurredPrecision, LocalDate announcedOn, ReceivedCounts sideAReceived,
			ReceivedCounts sideBReceived, boolean sideAWithheld, boolean sideBWithheld, String note) {
	}

	public record ReportedTotalRecord(long id, long agreementId, ExchangeSide receivedBy, ExchangeSide reportedBy,
			int total, LocalDate reportedOn) {
	}

}
