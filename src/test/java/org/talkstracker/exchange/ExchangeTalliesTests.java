package org.talkstracker.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.datafile.DataFileImporter;
import org.talkstracker.datafile.GeneratedRounds;
import org.talkstracker.round.RoundRepository;
import org.talkstracker.source.DatePrecision;

import jakarta.persistence.EntityManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tallies behind the exchanges page's totals and chart are kept by the database as
 * editors change stages, agreements and rounds: after every change they hold what adding
 * up the stages of published rounds gives. Each test starts from the reference data
 * (Russia as side A; prisoners of war: an all-for-all whose stages withheld their numbers
 * and at least 1,200 each way with no stage yet; bodies: 6,000 each way, of which Russia
 * received 46 and Ukraine 7,057 in 2025) and a generated round of 3 agreements (100 each
 * way, two stages: 30 and 30 on 1 February 2030, then 30 (25 as Ukraine reports it) and
 * 30 on 2 February); rolled back after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ExchangeTalliesTests {

	/**
	 * What each receiving party was to receive and received, per kind, added up from the
	 * stages.
	 */
	private static final String RECOUNT_SIDES = """
			select p.slug || ' ' || a.kind as side,
			       concat_ws(' ', sum(side.agreed), sum(side.unreported), sum(side.incomplete), count(*),
			                 coalesce(sum((select sum(case when side.a then
			                     coalesce(least(coalesce(s.side_a_received_per_a, s.side_a_received_per_b),
			                                    coalesce(s.side_a_received_per_b, s.side_a_received_per_a)), 0)
			                   else coalesce(least(coalesce(s.side_b_received_per_a, s.side_b_received_per_b),
			                                       coalesce(s.side_b_received_per_b, s.side_b_received_per_a)), 0) end)
			                   from exchange_stage s where s.agreement_id = a.id)), 0)) as figures
			from exchange_agreement a join round r on r.id = a.round_id and r.published
			cross join lateral (values (true, a.side_a_party_id, coalesce(a.side_a_count, 0), (a.side_a_count is null)::int,
			                            (a.side_a_count is null or a.side_b_count is null)::int),
			                           (false, a.side_b_party_id, coalesce(a.side_b_count, 0), (a.side_b_count is null)::int, 0))
			     side (a, party_id, agreed, unreported, incomplete)
			join party p on p.id = side.party_id
			group by p.slug, a.kind""";

	private static final String TALLIED_SIDES = """
			select p.slug || ' ' || t.kind as side,
			       concat_ws(' ', t.agreed, t.unreported, t.incomplete, t.agreements, t.received) as figures
			from exchange_side_total t join party p on p.id = t.party_id where t.agreements > 0""";

	/**
	 * What each side of each published stage received, the lower of differing reports:
	 * one row per side.
	 */
	private static final String STAGE_SIDES = """
			from exchange_stage s join exchange_agreement a on a.id = s.agreement_id
			join round r on r.id = a.round_id and r.published
			cross join lateral (values
			    (a.side_a_party_id, coalesce(least(coalesce(s.side_a_received_per_a, s.side_a_received_per_b),
			                                       coalesce(s.side_a_received_per_b, s.side_a_received_per_a)), 0)),
			    (a.side_b_party_id, coalesce(least(coalesce(s.side_b_received_per_a, s.side_b_received_per_b),
			                                       coalesce(s.side_b_received_per_b, s.side_b_received_per_a)), 0)))
			     side (party_id, received)
			join party p on p.id = side.party_id
			""";

	/** What each party received of each group on each day, added up from the stages. */
	private static final String RECOUNT_DAYS = """
			select concat_ws(' ', s.occurred_on, p.slug, case when a.kind = 'BODIES' then 'BODIES' else 'PEOPLE' end,
			                 s.occurred_on_precision) as side,
			       concat_ws(' ', sum(side.received), count(*)) as figures
			""" + STAGE_SIDES + "group by 1";

	private static final String TALLIED_DAYS = """
			select concat_ws(' ', d.occurred_on, p.slug, d.handover_group, d.precision) as side,
			       concat_ws(' ', d.received, d.stages) as figures
			from exchange_received_day d join party p on p.id = d.party_id where d.stages > 0""";

	private static final String RECOUNT_MONTHS = """
			select concat_ws(' ', date_trunc('month', s.occurred_on)::date, p.slug,
			                 case when a.kind = 'BODIES' then 'BODIES' else 'PEOPLE' end) as side,
			       concat_ws(' ', sum(side.received), count(*)) as figures
			""" + STAGE_SIDES + "group by 1";

	private static final String TALLIED_MONTHS = """
			select concat_ws(' ', m.month, p.slug, m.handover_group) as side, concat_ws(' ', m.received, m.stages) as figures
			from exchange_received_month m join party p on p.id = m.party_id where m.stages > 0""";

	@Autowired
	DataFileImporter importer;

	@Autowired
	ExchangeEditor editor;

	@Autowired
	RoundRepository rounds;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	@BeforeEach
	void importAGeneratedRound() {
		this.importer.importFile("gen", GeneratedRounds.process("gen", 3, true));
	}

	@Test
	void importedStagesAreTalliedAsTheyAddUp() {
		assertTalliesMatchTheStages();
		assertThat(figures(TALLIED_SIDES)).containsEntry("russia PRISONERS_OF_WAR", "1500 1 1 5 165")
			.containsEntry("ukraine PRISONERS_OF_WAR", "1500 1 0 5 180");
		assertThat(figures(TALLIED_DAYS)).containsEntry("2030-02-02 russia PEOPLE DAY", "75 3");
	}

	@Test
	void aStageAddedChangedOrDeletedMovesItsFigures() {
		this.editor.addStage("gen-round", "exchange-1", stage(3, "2030-03-01", DatePrecision.MONTH, 7, 9));
		assertTalliesMatchTheStages();
		assertThat(figures(TALLIED_DAYS)).containsEntry("2030-03-01 russia PEOPLE MONTH", "7 1");

		this.editor.updateStage("gen-round", "exchange-1", 3, stage(3, "2030-04-10", DatePrecision.DAY, 1, 2));
		assertTalliesMatchTheStages();
		assertThat(figures(TALLIED_DAYS)).doesNotContainKey("2030-03-01 russia PEOPLE MONTH")
			.containsEntry("2030-04-10 ukraine PEOPLE DAY", "2 1");

		this.editor.deleteStage("gen-round", "exchange-1", 1);
		assertTalliesMatchTheStages();
		assertThat(figures(TALLIED_SIDES)).containsEntry("russia PRISONERS_OF_WAR", "1500 1 1 5 136");
	}

	@Test
	void anAgreementChangedOrDeletedMovesItsCountsAndStages() {
		this.editor.update("gen-round", "exchange-2",
				new ExchangeForm("exchange-2", ExchangeKind.BODIES, "ukraine", null, null, "russia", 40, null, false,
						null, null, List.of("moscow-times-2025-06-02"), version("exchange-2")));
		assertTalliesMatchTheStages();
		assertThat(figures(TALLIED_SIDES)).containsEntry("ukraine BODIES", "6000 1 1 2 7112");

		this.editor.delete("gen-round", "exchange-3");
		assertTalliesMatchTheStages();
		assertThat(figures(TALLIED_SIDES)).containsEntry("russia PRISONERS_OF_WAR", "1300 1 1 3 55");
	}

	@Test
	void withdrawingARoundTakesItsExchangesOutAndPublishingItPutsThemBack() {
		this.rounds.findBySlug("gen-round").orElseThrow().withdraw("Checked again", "olena", Instant.EPOCH);
		this.entityManager.flush();
		assertTalliesMatchTheStages();
		assertThat(generatedDays()).isEmpty();

		this.rounds.findBySlug("gen-round").orElseThrow().publish();
		this.entityManager.flush();
		assertTalliesMatchTheStages();
		assertThat(generatedDays()).hasSize(4);
	}

	@Test
	void deletingARoundTakesItsExchangesOut() {
		this.jdbc.sql("delete from round where slug = 'gen-round'").update();

		assertTalliesMatchTheStages();
		assertThat(generatedDays()).isEmpty();
	}

	private void assertTalliesMatchTheStages() {
		this.entityManager.flush();
		assertThat(figures(TALLIED_SIDES)).isEqualTo(figures(RECOUNT_SIDES));
		assertThat(figures(TALLIED_DAYS)).isEqualTo(figures(RECOUNT_DAYS));
		assertThat(figures(TALLIED_MONTHS)).isEqualTo(figures(RECOUNT_MONTHS));
	}

	private Map<String, String> figures(String sql) {
		return this.jdbc.sql(sql)
			.query((row, number) -> Map.entry(row.getString("side"), row.getString("figures")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** The tallied days of the generated round's handovers, all in 2030. */
	private Map<String, String> generatedDays() {
		Map<String, String> days = figures(TALLIED_DAYS);
		days.keySet().removeIf((day) -> !day.startsWith("2030-"));
		return days;
	}

	private long version(String agreement) {
		return this.editor.form("gen-round", agreement).version();
	}

	private static StageForm stage(int sequence, String date, DatePrecision precision, int sideA, int sideB) {
		return new StageForm(sequence, LocalDate.parse(date), precision, null, sideA, null, null, sideB, false, false,
				null, List.of("moscow-times-2025-06-02"), 0);
	}

}
