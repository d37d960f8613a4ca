package org.talkstracker.proposal;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
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
class ProposalAdminTests {

	static final String ROUND = "/admin/rounds/istanbul-2025-06-02";

	static final String SCRIPT = "<script>alert('x')</script>";

	static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";

	@Autowired
	MockMvc mvc;

	static MockHttpServletRequestBuilder proposal(String path, String version) {
		return post(path).with(csrf())
			.param("slug", "ukraine-full-ceasefire")
			.param("party", "ukraine")
			.param("category", "CEASEFIRE")
			.param("sources", "moscow-times-2025-06-02")
			.param("version", version);
	}

	@Test
	void aResponseLongerThanTheSchemaAllowsIsRefusedBesideIt() throws Exception {
		String tooLong = "a".repeat(4001);
		this.mvc
			.perform(proposal(ROUND + "/proposals/new", "0").param("title", "Typed title")
				.param("status", "PROPOSED")
				.param("response", tooLong))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "response", "Size"))
			.andExpect(content().string(
					allOf(containsString("Use at most 4000 characters."), containsString("value=\"Typed title\""))));
	}

	@Test
	void anEditorAddsAProposalThatReadersSeeWithEveryTextEscaped() throws Exception {
		this.mvc
			.perform(proposal(ROUND + "/proposals/new", "0").param("title", SCRIPT)
				.param("status", "PROPOSED")
				.param("details", SCRIPT)
				.param("response", SCRIPT)
				.param("deadline", "2025-06-30"))
			.andExpect(redirectedUrl(ROUND + "#proposals"));

		this.mvc.perform(get("/rounds/istanbul-2025-06-02"))
			.andExpect(content()
				.string(allOf(containsString(ESCAPED), not(containsString(SCRIPT)), containsString("30 June 2025"))));
		this.mvc.perform(get(ROUND))
			.andExpect(content().string(allOf(containsString(ESCAPED), not(containsString(SCRIPT)))));
		this.mvc.perform(get(ROUND + "/proposals/ukraine-full-ceasefire/edit"))
			.andExpect(content().string(allOf(containsString(ESCAPED), not(containsString(SCRIPT)))));
	}

	@Test
	void aRejectedProposalKeepsWhatWasTypedWithMessagesBesideTheFields() throws Exception {
		this.mvc
			.perform(post(ROUND + "/proposals/new").with(csrf())
				.param("slug", "a-proposal")
				.param("party", "atlantis")
				.param("title", "")
				.param("details", "Careful details")
				.param("deadline", "soon")
				.param("status", "PROPOSED"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "title", "category", "deadline"))
			.andExpect(content().string(allOf(containsString("Careful details"), containsString("value=\"soon\""),
					containsString("Enter a date."), containsString("Fill in this field."))));
	}

	@Test
	void anUnknownPartyIsRefusedBesideTheParty() throws Exception {
		this.mvc
			.perform(post(ROUND + "/proposals/new").with(csrf())
				.param("slug", "a-proposal")
				.param("party", "atlantis")
				.param("category", "CEASEFIRE")
				.param("title", "Full ceasefire")
				.param("status", "PROPOSED")
				.param("version", "0"))
			.andExpect(model().attributeHasFieldErrorCode("form", "party", "admin.form.unknownChoice"));
	}

	@Test
	void aStaleEditGetsTheConflictPageAndTheFirstEditSurvives() throws Exception {
		String edit = ROUND + "/proposals/ukraine-third-meeting-in-june/edit";
		this.mvc.perform(get(edit)).andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		this.mvc.perform(proposal(edit, "0").param("title", "Third round").param("status", "ACCEPTED"))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(proposal(edit, "0").param("title", "Third round").param("status", "REJECTED"))
			.andExpect(status().isConflict())
			.andExpect(
					content().string(allOf(containsString("<td>Accepted</td>"), containsString("<td>Rejected</td>"))));
		this.mvc.perform(get("/rounds/istanbul-2025-06-02"))
			.andExpect(content().string(containsString("status-accepted")));
	}

	@Test
	void aProposalIsDeletedAfterConfirmation() throws Exception {
		String path = ROUND + "/proposals/ukraine-third-meeting-in-june";
		this.mvc.perform(get(path + "/delete")).andExpect(content().string(containsString(">Delete</button>")));
		this.mvc.perform(post(path + "/delete").with(csrf())).andExpect(redirectedUrl(ROUND + "#proposals"));
		this.mvc.perform(get(path + "/edit")).andExpect(status().isNotFound());
	}

}
