package org.talkstracker.round;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rules only the database knows, shown beside the field. Not run in a test transaction:
 * the refused write ends the editor's transaction, as it does in production; nothing is
 * committed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "EDITOR")
class RoundConstraintTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RoundRepository rounds;

	@Test
	void aTakenRoundNumberIsExplainedBesideTheNumber() throws Exception {
		this.mvc.perform(RoundAdminTests.newRound("istanbul-again", "2"))
			.andExpect(status().isOk())
			.andExpect(
					model().attributeHasFieldErrorCode("form", "number", "constraint.round_number_unique_in_process"))
			.andExpect(content().string(allOf(containsString("This process has a round with this number already."),
					containsString("value=\"istanbul-again\""))));
		assertThat(this.rounds.findBySlug("istanbul-again")).isEmpty();
	}

	@Test
	void aTakenSlugIsExplainedBesideTheSlug() throws Exception {
		this.mvc.perform(RoundAdminTests.newRound("istanbul-2025-06-02", "9"))
			.andExpect(model().attributeHasFieldErrorCode("form", "slug", "constraint.round_slug_unique"))
			.andExpect(content().string(containsString("Another round has this short name.")));
	}

	@Test
	void anEndBeforeTheStartIsExplainedBesideTheEnd() throws Exception {
		this.mvc
			.perform(RoundAdminTests.newRound("istanbul-backwards", "9")
				.param("timeZone", "Europe/Istanbul")
				.param("startedAt", "2025-07-23T12:00")
				.param("endedAt", "2025-07-23T11:00"))
			.andExpect(model().attributeHasFieldErrorCode("form", "endedAt", "constraint.round_ends_after_start"))
			.andExpect(content().string(allOf(containsString("The end must come after the start."),
					containsString("value=\"2025-07-23T11:00\""))));
		assertThat(this.rounds.findBySlug("istanbul-backwards")).isEmpty();
	}

}
