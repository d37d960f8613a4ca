package org.talkstracker.summary;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A round may be entered before its city is known (a round agreed "later in June" has a
 * date before it has a place): every page and download names it by its number, with no
 * dangling comma, and places it at what is known. Here round 4, published with its venue
 * only; rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(roles = "EDITOR")
class RoundWithoutACityTests {

	static final String SLUG = "round-without-a-city";

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManager entityManager;

	@BeforeEach
	void roundFourWithItsVenueOnly() throws Exception {
		this.mvc
			.perform(post("/admin/rounds/new").with(csrf())
				.param("process", "russia-ukraine-direct-talks-2025")
				.param("slug", SLUG)
				.param("number", "4")
				.param("status", "HELD")
				.param("heldOn", "2025-08-14")
				.param("city", " ")
				.param("venue", "Ciragan Palace")
				.param("sources", "moscow-times-2025-06-02")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/admin/rounds/{slug}/publish", SLUG).with(csrf()))
			.andExpect(status().is3xxRedirection());
		// Written for the pages read with plain SQL, as the commit would write it.
		this.entityManager.flush();
	}

	@Test
	void theRoundPageIsHeadedByTheNumberAndPlacesTheRoundAtItsVenue() throws Exception {
		this.mvc.perform(get("/rounds/{slug}", SLUG))
			.andExpect(content().string(allOf(containsString("<h1>Round 4<"), containsString("<dd>Ciragan Palace</dd>"),
					not(containsString("Round 4,")), not(containsString("null")))));
	}

	@Test
	void theEditorsPageIsHeadedByTheNumber() throws Exception {
		this.mvc.perform(get("/admin/rounds/{slug}", SLUG))
			.andExpect(content().string(allOf(containsString("<h1>Round 4</h1>"), not(containsString("Round 4,")))));
	}

	@Test
	void theRoundsListAndTheHomePageNameNoMissingCity() throws Exception {
		this.mvc.perform(get("/rounds"))
			.andExpect(content().string(allOf(containsString("<td>Ciragan Palace</td>"), not(containsString("null")))));
		this.mvc.perform(get("/"))
			.andExpect(content().string(allOf(containsString("<p>14 August 2025</p>"), not(containsString("· <")))));
	}

	@Test
	void theDownloadsNameNoMissingCity() throws Exception {
		this.mvc.perform(get("/rounds/{slug}/summary.md", SLUG))
			.andExpect(content().string(allOf(containsString("# Round 4[^1]\n"),
					containsString("**Place:** Ciragan Palace\n"), not(containsString("null")))));
		this.mvc.perform(get("/rounds/{slug}/summary.csv", SLUG))
			.andExpect(content().string(allOf(containsString("Ciragan Palace"), not(containsString("null")))));
	}

}
