package org.talkstracker.exchange;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The schema alone keeps a handover from being dated before the round where its agreement
 * was made, whatever writes it (plain SQL here): a new or changed handover, a round moved
 * to a later day, an agreement moved to a later round. It judges the rows as they are at
 * commit, so a round and its handovers may move together; a handover known only by its
 * month may fall in the round's month, and an approximate date is never refused. Round 2
 * was held on 2 June 2025.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class HandoverDatesSchemaTests {

	private static final String ROUND_TWO = "(select id from round where slug = 'istanbul-2025-06-02')";

	private static final String AGREEMENT = "(select id from exchange_agreement where slug = 'bodies-6000-each')";

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void noHandoverYet() {
		this.jdbc.update("delete from exchange_stage");
	}

	@Test
	void aHandoverTheDayBeforeTheRoundIsRefused() {
		handover("2025-06-01", "DAY");
		assertRefusedAtCommit("exchange_stage_not_before_agreement_round");
	}

	@Test
	void aHandoverOnTheRoundsDayIsKept() {
		handover("2025-06-02", "DAY");
		commitChecks();
	}

	@Test
	void aHandoverKnownByItsMonthMayFallInTheRoundsMonthButNotBeforeIt() {
		handover("2025-06-01", "MONTH");
		commitChecks();
		this.jdbc.update("update exchange_stage set occurred_on = date '2025-05-01'");
		assertRefusedAtCommit("exchange_stage_not_before_agreement_round");
	}

	@Test
	void anApproximateDateIsNeverRefused() {
		handover("2025-05-20", "APPROXIMATE");
		commitChecks();
	}

	@Test
	void aRoundCannotBeMovedAfterItsHandovers() {
		handover("2025-06-09", "DAY");
		commitChecks();
		this.jdbc.update("update round set held_on = date '2025-06-10' where id = " + ROUND_TWO);
		assertRefusedAtCommit("round_not_after_its_handovers");
	}

	@Test
	void aRoundMayMoveIntoTheMonthOfAHandoverKnownByItsMonth() {
		handover("2025-06-01", "MONTH");
		commitChecks();
		this.jdbc.update("update round set held_on = date '2025-06-30' where id = " + ROUND_TWO);
		commitChecks();
		this.jdbc.update("update round set held_on = date '2025-07-01' where id = " + ROUND_TWO);
		assertRefusedAtCommit("round_not_after_its_handovers");
	}

	@Test
	void aRoundAndItsHandoversMayMoveTogether() {
		handover("2025-06-09", "DAY");
		commitChecks();
		this.jdbc.update("update round set held_on = date '2025-06-20' where id = " + ROUND_TWO);
		this.jdbc.update("update exchange_stage set occurred_on = date '2025-06-25'");
		commitChecks();
	}

	@Test
	void anAgreementCannotMoveToARoundHeldAfterItsHandovers() {
		handover("2025-06-09", "DAY");
		this.jdbc.update("""
				insert into round (process_id, slug, number, status, held_on)
				select process_id, 'istanbul-2025-07-01', 4, 'SCHEDULED', date '2025-07-01' from round where id = """
				+ ROUND_TWO);
		commitChecks();
		this.jdbc.update("update exchange_agreement set round_id = (select id from round where slug = "
				+ "'istanbul-2025-07-01') where id = " + AGREEMENT);
		assertRefusedAtCommit("exchange_agreement_round_not_after_its_handovers");
	}

	/** A handover of the round's bodies agreement, citing the round's report. */
	private void handover(String occurredOn, String precision) {
		this.jdbc
			.update("insert into exchange_stage (agreement_id, sequence, occurred_on, occurred_on_precision) values ("
					+ AGREEMENT + ", 1, ?::date, ?)", occurredOn, precision);
		this.jdbc.update("""
				insert into citation (source_id, exchange_stage_id, position)
				select s.id, x.id, 0 from source s, exchange_stage x where s.slug = 'moscow-times-2025-06-02'""");
	}

	private void assertRefusedAtCommit(String constraint) {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(this::commitChecks)
			.withMessageContaining(constraint)
			.withMessageContaining("A handover is not dated before the round where its agreement was made");
	}

	/**
	 * Runs the checks the schema defers to the commit (the test's transaction is rolled
	 * back).
	 */
	private void commitChecks() {
		this.jdbc.execute("set constraints all immediate");
		this.jdbc.execute("set constraints all deferred");
	}

}
