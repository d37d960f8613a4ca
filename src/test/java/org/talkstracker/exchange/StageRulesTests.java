package org.talkstracker.exchange;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A handover's dates and figures make sense together at every write: in the stage form
 * (beside the field, as typed) and in the schema. Not run in a test transaction: a
 * refused write ends the editor's transaction, as it does in production, and the rules
 * the schema checks at commit are checked; nothing is committed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "EDITOR")
class StageRulesTests {

	private static final String NEW_STAGE = ExchangeAdminTests.AGREEMENT + "/stages/new";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aHandoverAnnouncedBeforeItHappenedIsRefusedBesideTheAnnouncement() throws Exception {
		this.mvc.perform(stage("2025-06-09", "DAY").param("announcedOn", "2025-06-08"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "announcedOn",
					"constraint.exchange_stage_announced_not_before_handover"))
			.andExpect(content().string(allOf(containsString("cannot be announced before it happened"),
					containsString("value=\"2025-06-08\""))));
		assertThat(stages()).isZero();
	}

	@Test
	void aSideThatWithheldItsFiguresCannotHaveAFigureStored() throws Exception {
		this.mvc.perform(stage("2025-06-09", "DAY").param("sideAWithheld", "true"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "sideAWithheld",
					"constraint.exchange_stage_side_a_withheld_has_no_figures"))
			.andExpect(content()
				.string(allOf(containsString("clear what it received"), containsString("value=\"1212\""))));
		assertThat(stages()).isZero();
	}

	/**
	 * Refused by the schema as the editor's transaction commits (the round is published,
	 * so the save carries a release note): beside the date, as typed, and nothing of it
	 * is kept, not even its release.
	 */
	@Test
	void aHandoverDatedBeforeTheRoundOfItsAgreementIsRefusedBesideItsDate() throws Exception {
		int releases = releases();
		this.mvc.perform(stage("2025-06-01", "DAY").param("releaseNote", "A handover reported after the round"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "occurredOn",
					"constraint.exchange_stage_not_before_agreement_round"))
			.andExpect(content().string(allOf(containsString("before the round where its agreement was made"),
					containsString("value=\"2025-06-01\""), containsString("A handover reported after the round"))));
		assertThat(stages()).isZero();
		assertThat(releases()).isEqualTo(releases);
	}

	@Test
	void aHandoverKnownOnlyByAMonthWhollyBeforeTheRoundIsRefused() throws Exception {
		this.mvc.perform(stage("2025-05-01", "MONTH").param("releaseNote", "A handover reported after the round"))
			.andExpect(model().attributeHasFieldErrorCode("form", "occurredOn",
					"constraint.exchange_stage_not_before_agreement_round"));
		assertThat(stages()).isZero();
	}

	/** Rolled back: the schema's checks are run as the commit would run them. */
	@Test
	@Transactional
	void aHandoverReportedOnlyByItsMonthMayFallInTheRoundsMonth() throws Exception {
		this.mvc.perform(stage("2025-06-01", "MONTH")).andExpect(status().is3xxRedirection());
		this.jdbc.execute("set constraints all immediate");
		assertThat(stages()).isOne();
	}

	@Test
	void theSchemaRefusesWhatTheFormRefuses() {
		Long agreement = this.jdbc.queryForObject("select id from exchange_agreement where slug = 'bodies-6000-each'",
				Long.class);
		String insert = """
				insert into exchange_stage (agreement_id, sequence, occurred_on, occurred_on_precision, announced_on,
				                            side_a_received_per_a, side_b_received_per_b, side_a_withheld, side_b_withheld)
				values (?, 7, date '2025-06-09', 'DAY', ?::date, ?, ?, ?, ?)""";
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update(insert, agreement, "2025-06-08", null, null, false, false))
			.withMessageContaining("exchange_stage_announced_not_before_handover");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update(insert, agreement, null, 5, null, true, false))
			.withMessageContaining("exchange_stage_side_a_withheld_has_no_figures");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update(insert, agreement, null, null, 5, false, true))
			.withMessageContaining("exchange_stage_side_b_withheld_has_no_figures");
		assertThat(stages()).isZero();
	}

	/**
	 * A new stage of the round's bodies agreement (round 2, held on 2 June 2025), side
	 * A's figure given: stage 7, after the reference data's six.
	 */
	private static MockHttpServletRequestBuilder stage(String occurredOn, String precision) {
		return post(NEW_STAGE).with(csrf())
			.param("sequence", "7")
			.param("occurredOn", occurredOn)
			.param("occurredPrecision", precision)
			.param("sideAReceivedPerA", "1212")
			.param("sources", "moscow-times-2025-06-02")
			.param("version", "0");
	}

	/** How many stages 7 of the bodies agreement there are: the one this test writes. */
	private Integer stages() {
		return this.jdbc.queryForObject("""
				select count(*) from exchange_stage s join exchange_agreement a on a.id = s.agreement_id
				where a.slug = 'bodies-6000-each' and s.sequence = 7""", Integer.class);
	}

	private int releases() {
		return this.jdbc.queryForObject("select count(*) from round_release", Integer.class);
	}

}
