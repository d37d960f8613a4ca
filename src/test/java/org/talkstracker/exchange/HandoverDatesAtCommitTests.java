package org.talkstracker.exchange;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.talkstracker.CommittingTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The round form keeps a round from moving after the handovers of the exchanges agreed at
 * it: the schema refuses it as the editor's transaction commits, and the form says so
 * beside the round's date, as typed. These tests commit ({@link CommittingTest}), each on
 * a draft round of its own with a handover.
 */
@CommittingTest
@WithMockUser(username = "olena", roles = "EDITOR")
class HandoverDatesAtCommitTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRoundMovedAfterAHandoverOfItsExchangesIsRefusedBesideItsDateAsTyped() throws Exception {
		draftRoundWithHandover("handover-dates-moved", 71, "2025-07-15", "DAY");
		this.mvc.perform(editRound("handover-dates-moved", 71, "2025-07-20").param("venue", "Kept as typed"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "heldOn", "constraint.round_not_after_its_handovers"))
			.andExpect(content().string(allOf(containsString("correct the handover&#39;s date first"),
					containsString("value=\"2025-07-20\""), containsString("value=\"Kept as typed\""))));
		assertThat(heldOn("handover-dates-moved")).isEqualTo("2025-07-10");
	}

	@Test
	void aRoundMayMoveWithinTheMonthOfAHandoverKnownOnlyByItsMonth() throws Exception {
		draftRoundWithHandover("handover-dates-month", 72, "2025-07-01", "MONTH");
		this.mvc.perform(editRound("handover-dates-month", 72, "2025-07-31")).andExpect(status().is3xxRedirection());
		this.mvc.perform(editRound("handover-dates-month", 72, "2025-08-01"))
			.andExpect(
					model().attributeHasFieldErrorCode("form", "heldOn", "constraint.round_not_after_its_handovers"));
		assertThat(heldOn("handover-dates-month")).isEqualTo("2025-07-31");
	}

	/** A draft round held on 10 July 2025, with an exchange handed over once. */
	private void draftRoundWithHandover(String slug, int number, String occurredOn, String precision) throws Exception {
		this.mvc
			.perform(post("/admin/rounds/new").with(csrf())
				.param("process", "russia-ukraine-direct-talks-2025")
				.param("slug", slug)
				.param("number", String.valueOf(number))
				.param("status", "SCHEDULED")
				.param("heldOn", "2025-07-10")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/admin/rounds/{slug}/exchanges/new", slug).with(csrf())
				.param("slug", "bodies")
				.param("kind", "BODIES")
				.param("sideA", "russia")
				.param("sideB", "ukraine")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/admin/rounds/{slug}/exchanges/bodies/stages/new", slug).with(csrf())
				.param("sequence", "1")
				.param("occurredOn", occurredOn)
				.param("occurredPrecision", precision)
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
	}

	private MockHttpServletRequestBuilder editRound(String slug, int number, String heldOn) {
		return post("/admin/rounds/{slug}/edit", slug).with(csrf())
			.param("process", "russia-ukraine-direct-talks-2025")
			.param("slug", slug)
			.param("number", String.valueOf(number))
			.param("status", "SCHEDULED")
			.param("heldOn", heldOn)
			.param("version", String
				.valueOf(this.jdbc.queryForObject("select version from round where slug = ?", Long.class, slug)));
	}

	private String heldOn(String slug) {
		return this.jdbc.queryForObject("select held_on::text from round where slug = ?", String.class, slug);
	}

}
