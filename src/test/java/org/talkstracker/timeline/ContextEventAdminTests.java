package org.talkstracker.timeline;

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
class ContextEventAdminTests {

	static final String PROCESS = "russia-ukraine-direct-talks-2025";

	static final String SUMY = "/admin/context-events/" + PROCESS + "/russian-troops-mass-near-sumy";

	@Autowired
	MockMvc mvc;

	static MockHttpServletRequestBuilder event(String path, String title, String version) {
		return post(path).with(csrf())
			.param("process", PROCESS)
			.param("slug", "kharkiv-strike")
			.param("title", title)
			.param("occurredOn", "2025-06-05")
			.param("occurredPrecision", "DAY")
			.param("sources", "moscow-times-2025-06-02")
			.param("version", version);
	}

	@Test
	void anEditorAddsAContextEventThatTheTimelineShows() throws Exception {
		this.mvc
			.perform(event("/admin/context-events/new", "Strike on Kharkiv", "0").param("description", "Overnight."))
			.andExpect(redirectedUrl("/admin/context-events"));

		this.mvc.perform(get("/admin/context-events"))
			.andExpect(content().string(allOf(
					containsString(
							"href=\"/admin/context-events/" + PROCESS + "/kharkiv-strike/edit\">Strike on Kharkiv</a>"),
					containsString("5 June 2025"))));
		this.mvc.perform(get("/timeline")).andExpect(content().string(containsString("Strike on Kharkiv")));
	}

	@Test
	void aContextEventCitesAtLeastOneSourceAndARefusedFormKeepsWhatWasTyped() throws Exception {
		this.mvc
			.perform(post("/admin/context-events/new").with(csrf())
				.param("process", PROCESS)
				.param("slug", "kharkiv-strike")
				.param("title", "Strike on Kharkiv")
				.param("description", "Typed with care.")
				.param("occurredOn", "early June")
				.param("occurredPrecision", "DAY")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "sources", "occurredOn"))
			.andExpect(content().string(allOf(containsString("value=\"Strike on Kharkiv\""),
					containsString(">Typed with care.</textarea>"), containsString("value=\"early June\""),
					containsString("id=\"sources-error\">Choose at least one."),
					containsString("id=\"occurredOn-error\">Enter a date."))));
	}

	@Test
	void anEditChangesWhatTheTimelineShows() throws Exception {
		this.mvc.perform(get(SUMY + "/edit"))
			.andExpect(content().string(allOf(containsString("value=\"Russian troops reported massing near Sumy\""),
					containsString("<option value=\"APPROXIMATE\" selected=\"selected\">"))));

		this.mvc.perform(event(SUMY + "/edit", "About 50,000 Russian troops near Sumy", "0"))
			.andExpect(redirectedUrl("/admin/context-events"));

		this.mvc.perform(get("/timeline"))
			.andExpect(content().string(allOf(containsString("About 50,000 Russian troops near Sumy"),
					not(containsString("Russian troops reported massing near Sumy")))));
	}

	@Test
	void aStaleEditGetsTheConflictPageWithStoredAndSubmittedValues() throws Exception {
		this.mvc.perform(event(SUMY + "/edit", "First", "0")).andExpect(status().is3xxRedirection());

		this.mvc.perform(event(SUMY + "/edit", "Second", "0"))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("<td>First</td>"), containsString("<td>Second</td>"),
					containsString("href=\"" + SUMY + "/edit\""))));
	}

	@Test
	void aContextEventIsDeletedAfterConfirmation() throws Exception {
		this.mvc.perform(get(SUMY + "/delete"))
			.andExpect(
					content().string(allOf(containsString("Delete the context event “russian-troops-mass-near-sumy”?"),
							containsString(">Delete</button>"))));
		this.mvc.perform(post(SUMY + "/delete").with(csrf())).andExpect(redirectedUrl("/admin/context-events"));

		this.mvc.perform(get(SUMY + "/edit")).andExpect(status().isNotFound());
		this.mvc.perform(get("/timeline"))
			.andExpect(content().string(not(containsString("Russian troops reported massing near Sumy"))));
	}

	@Test
	void aFormSentWithoutItsTokenIsRefusedAndNothingIsSaved() throws Exception {
		this.mvc.perform(post(SUMY + "/delete")).andExpect(status().isForbidden());
		this.mvc.perform(get(SUMY + "/edit")).andExpect(status().isOk());
	}

	@Test
	@WithAnonymousUser
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/admin/context-events")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(event("/admin/context-events/new", "Strike on Kharkiv", "0"))
			.andExpect(redirectedUrl("/login"));
	}

}
