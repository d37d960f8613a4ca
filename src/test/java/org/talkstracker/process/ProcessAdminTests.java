package org.talkstracker.process;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(roles = "EDITOR")
class ProcessAdminTests {

	static final String TALKS = "/admin/processes/russia-ukraine-direct-talks-2025";

	@Autowired
	MockMvc mvc;

	static MockHttpServletRequestBuilder process(String path, String name, String version) {
		return post(path).with(csrf())
			.param("slug", "black-sea-grain-talks")
			.param("name", name)
			.param("description", "Safe passage for grain ships.")
			.param("parties", "russia", "ukraine", "turkey")
			.param("version", version);
	}

	@Test
	void anEditorAddsAProcessWithItsPartiesThatRoundFormsOffer() throws Exception {
		this.mvc.perform(process("/admin/processes/new", "Black Sea grain talks", "0"))
			.andExpect(redirectedUrl("/admin/processes"));

		this.mvc.perform(get("/admin/processes"))
			.andExpect(content().string(allOf(containsString(">Black Sea grain talks</a>"),
					containsString("<td>Russia, Turkey, Ukraine</td>"))));
		this.mvc.perform(get("/admin/rounds/new"))
			.andExpect(content()
				.string(containsString("<option value=\"black-sea-grain-talks\">Black Sea grain talks</option>")));
		this.mvc.perform(get("/admin/processes/black-sea-grain-talks/edit").param("find-parties", "Fra"))
			.andExpect(content().string(allOf(
					matchesRegex("(?s).*value=\"turkey\" id=\"parties(\\d)\" name=\"parties\" checked=\"checked\">"
							+ "<input type=\"hidden\" name=\"_parties\" value=\"on\"/>\\s*<label for=\"parties\\1\">Turkey</label>.*"),
					containsString("value=\"france\""))));
	}

	@Test
	void aProcessNeedsAPartyAndKeepsWhatWasTypedWhenRefused() throws Exception {
		this.mvc
			.perform(post("/admin/processes/new").with(csrf())
				.param("slug", "black-sea-grain-talks")
				.param("name", "Black Sea grain talks")
				.param("description", "Typed with care.")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "parties"))
			.andExpect(content().string(allOf(containsString("value=\"Black Sea grain talks\""),
					containsString(">Typed with care.</textarea>"),
					containsString("id=\"parties-error\">Choose at least one."))));
	}

	@Test
	void aPartyThatNoLongerExistsIsRefusedBesideTheParties() throws Exception {
		this.mvc.perform(process("/admin/processes/new", "Black Sea grain talks", "0").param("parties", "atlantis"))
			.andExpect(model().attributeHasFieldErrorCode("form", "parties", "admin.form.unknownChoice"));
	}

	@Test
	void anEditChangesTheNameReadersSeeAndThePartiesInvolved() throws Exception {
		this.mvc
			.perform(post(TALKS + "/edit").with(csrf())
				.param("slug", "russia-ukraine-direct-talks-2025")
				.param("name", "Istanbul talks")
				.param("parties", "russia", "ukraine", "turkey")
				.param("version", "0"))
			.andExpect(redirectedUrl("/admin/processes"));

		this.mvc.perform(get("/rounds/istanbul-2025-06-02"))
			.andExpect(content().string(containsString("Istanbul talks")));
		this.mvc.perform(get("/admin/processes"))
			.andExpect(content().string(containsString("<td>Russia, Turkey, Ukraine</td>")));
	}

	@Test
	void aProcessWithRoundsCannotBeDeletedAndWhatHappenedInItIsNamed() throws Exception {
		this.mvc.perform(get(TALKS + "/delete"))
			.andExpect(content().string(allOf(containsString("cannot be deleted"),
					containsString("<span>round</span>: istanbul-2025-06-02"),
					containsString("<span>memorandum</span>: Russian memorandum"),
					containsString("<span>statement</span>: kellogg-merge-memoranda"),
					containsString("<span>context event</span>: Russian troops reported massing near Sumy"),
					not(containsString(">Delete</button>")))));
		this.mvc.perform(post(TALKS + "/delete").with(csrf())).andExpect(status().isConflict());
	}

	@Test
	void aProcessWithNothingInItIsDeletedWithItsListOfParties() throws Exception {
		this.mvc.perform(process("/admin/processes/new", "Black Sea grain talks", "0"));

		this.mvc.perform(get("/admin/processes/black-sea-grain-talks/delete"))
			.andExpect(content().string(containsString(">Delete</button>")));
		this.mvc.perform(post("/admin/processes/black-sea-grain-talks/delete").with(csrf()))
			.andExpect(redirectedUrl("/admin/processes"));
		this.mvc.perform(get("/admin/processes/black-sea-grain-talks/edit")).andExpect(status().isNotFound());
	}

	@Test
	void aStaleEditGetsTheConflictPageWithStoredAndSubmittedParties() throws Exception {
		this.mvc.perform(process(TALKS + "/edit", "First", "0")).andExpect(status().is3xxRedirection());

		this.mvc.perform(process(TALKS + "/edit", "Second", "0").param("parties", "france"))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("<td>First</td>"), containsString("<td>Second</td>"),
					containsString("<td>Russia, Ukraine, Turkey, France</td>"))));
	}

	@Test
	void aFormSentWithoutItsTokenIsRefusedAndNothingIsSaved() throws Exception {
		this.mvc
			.perform(post("/admin/processes/new").param("slug", "black-sea-grain-talks")
				.param("name", "Black Sea grain talks")
				.param("parties", "russia")
				.param("version", "0"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/processes/black-sea-grain-talks/edit")).andExpect(status().isNotFound());
	}

	@Test
	@WithAnonymousUser
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/admin/processes")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(process("/admin/processes/new", "Black Sea grain talks", "0"))
			.andExpect(redirectedUrl("/login"));
	}

}
