package org.talkstracker.search;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.datafile.DataFileImporter;
import org.talkstracker.datafile.GeneratedRounds;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Search reads documents kept beside the facts (V41): whoever writes a fact, an editor or
 * a data file, the next search finds it as written, and never a fact of a draft round.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(roles = "EDITOR")
class SearchDocumentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataFileImporter importer;

	@Autowired
	EntityManager entityManager;

	@Test
	void aProposalAnEditorSavedIsFoundByItsNewWords() throws Exception {
		this.mvc
			.perform(post("/admin/rounds/istanbul-2025-06-02/proposals/ukraine-third-meeting-in-june/edit").with(csrf())
				.param("party", "ukraine")
				.param("category", "PROCEDURAL")
				.param("title", "A third meeting in Quagga")
				.param("details", "Both delegations would meet again in quaggas' country.")
				.param("status", "PROPOSED")
				.param("sources", "moscow-times-2025-06-02")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		this.entityManager.flush();

		this.mvc.perform(get("/search").param("q", "quagga"))
			.andExpect(content().string(
					allOf(containsString("href=\"/rounds/istanbul-2025-06-02#proposal-ukraine-third-meeting-in-june\""),
							containsString("<mark>Quagga</mark>"))));
	}

	@Test
	void aDraftRoundsFactsAreNeverFound() throws Exception {
		this.importer.importFile("zonk", GeneratedRounds.process("zonk", 1, false));

		searchFindsZonk(false);
	}

	@Test
	void aRoundsFactsAreFoundOnceItIsPublishedAndNoLongerOnceItIsWithdrawn() throws Exception {
		this.importer.importFile("zonk", GeneratedRounds.process("zonk", 1, true));
		searchFindsZonk(true);

		this.mvc
			.perform(post("/admin/rounds/zonk-round/withdraw").with(csrf())
				.param("reason", "Entered in the wrong process."))
			.andExpect(status().is3xxRedirection());
		this.entityManager.flush();

		searchFindsZonk(false);
	}

	/**
	 * Whether searches find the round of the generated process and each kind of its
	 * facts.
	 */
	private void searchFindsZonk(boolean found) throws Exception {
		String[][] searches = { { "Genève", "href=\"/rounds/zonk-round\"" },
				{ "Proposal 1", "href=\"/rounds/zonk-round#proposal-proposal-1\"" },
				{ "Memorandum 1", "href=\"/rounds/zonk-round#memorandum-zonk-memorandum-1\"" },
				{ "Statement 1", "href=\"/rounds/zonk-round#statement-statement-1\"" } };
		for (String[] search : searches) {
			this.mvc.perform(get("/search").param("q", search[0]))
				.andExpect(status().isOk())
				.andExpect(content().string(found ? containsString(search[1]) : not(containsString("zonk"))));
		}
	}

}
