package org.talkstracker.round;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
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

/**
 * Delegations, members and third parties of a round, against the reference data; rolled
 * back after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(roles = "EDITOR")
class DelegationAdminTests {

	static final String ROUND_ONE = "/admin/rounds/istanbul-2025-05-16";

	static final String SCRIPT = "<script>alert('x')</script>";

	static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";

	@Autowired
	MockMvc mvc;

	@Test
	void anEditorAddsADelegationWithItsHeadAndReadersSeeThem() throws Exception {
		// Round 1 has both sides' delegations; a third one is added. The picker offers
		// the
		// parties added last, the United States among them.
		assertThat(this.mvc.perform(get(ROUND_ONE + "/delegations/new")).andReturn().getResponse().getContentAsString())
			.containsPattern(
					"<input type=\"radio\" value=\"united-states\" id=\"party\\d+\" name=\"party\">\\s*<label[^>]*>United States</label>");
		this.mvc
			.perform(post(ROUND_ONE + "/delegations/new").with(csrf())
				.param("version", "0")
				.param("party", "united-states")
				.param("sources", "moscow-times-2025-06-02"))
			.andExpect(redirectedUrl(ROUND_ONE + "#delegations"));
		this.mvc
			.perform(post(ROUND_ONE + "/delegations/united-states/members/new").with(csrf())
				.param("version", "0")
				.param("person", "keith-kellogg")
				.param("title", SCRIPT)
				.param("role", "HEAD"))
			.andExpect(redirectedUrl(ROUND_ONE + "#delegations"));

		this.mvc.perform(get("/rounds/istanbul-2025-05-16"))
			.andExpect(content()
				.string(allOf(containsString("Keith Kellogg"), containsString(ESCAPED), not(containsString(SCRIPT)))));
		this.mvc.perform(get(ROUND_ONE))
			.andExpect(content().string(containsString(
					"href=\"/admin/rounds/istanbul-2025-05-16/delegations/united-states/members/keith-kellogg/edit\"")));
	}

	/**
	 * A member cites sources like every other fact: kept, shown ticked, marked on the
	 * page. Round 1 has both sides' delegations; the United States' is added.
	 */
	@Test
	void aMemberCitesItsSourcesAndReadersSeeTheMarks() throws Exception {
		String member = ROUND_ONE + "/delegations/united-states/members/new";
		this.mvc
			.perform(post(ROUND_ONE + "/delegations/new").with(csrf())
				.param("version", "0")
				.param("party", "united-states")
				.param("sources", "moscow-times-2025-06-02"))
			.andExpect(redirectedUrl(ROUND_ONE + "#delegations"));
		this.mvc
			.perform(post(member).with(csrf())
				.param("version", "0")
				.param("person", "keith-kellogg")
				.param("title", "Special envoy")
				.param("role", "HEAD")
				.param("sources", "moscow-times-2025-06-02"))
			.andExpect(redirectedUrl(ROUND_ONE + "#delegations"));

		assertThat(this.mvc.perform(get(ROUND_ONE + "/delegations/united-states/members/keith-kellogg/edit"))
			.andReturn()
			.getResponse()
			.getContentAsString()).containsPattern(
					"<input type=\"checkbox\" value=\"moscow-times-2025-06-02\" id=\"sources\\d+\" name=\"sources\" checked");
		assertThat(this.mvc.perform(get("/rounds/istanbul-2025-05-16")).andReturn().getResponse().getContentAsString())
			.containsPattern("Special envoy</span><sup class=\"cite\"><a href=\"#source-\\d+\"");
	}

	/**
	 * Nothing is chosen for the editor: the browser would select the first role of the
	 * list, and a person or party picked for them would be saved by a careless save.
	 */
	@Test
	void theNewMemberAndThirdPartyFormsChooseNoPersonPartyOrRole() throws Exception {
		String member = this.mvc.perform(get("/admin/rounds/istanbul-2025-06-02/delegations/ukraine/members/new"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String thirdParty = this.mvc.perform(get("/admin/rounds/istanbul-2025-06-02/third-parties/new"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		for (String form : List.of(member, thirdParty)) {
			assertThat(form).doesNotContainPattern("<option [^>]*selected");
		}
		for (String form : List.of(member, thirdParty)) {
			assertThat(form).containsPattern("<input type=\"radio\"").doesNotContainPattern("<input [^>]*checked");
		}
		assertThat(member).containsPattern("<select id=\"role\"[^>]*>\\s*<option value=\"\">Choose…</option>");
		assertThat(thirdParty).containsPattern("<select id=\"role\"[^>]*>\\s*<option value=\"\">Choose…</option>");
		this.mvc
			.perform(post("/admin/rounds/istanbul-2025-06-02/delegations/ukraine/members/new").with(csrf())
				.param("version", "0"))
			.andExpect(model().attributeHasFieldErrors("form", "person", "role"));
	}

	@Test
	void aSecondDelegationOfAPartyIsRefusedBesideTheParty() throws Exception {
		this.mvc
			.perform(post("/admin/rounds/istanbul-2025-06-02/delegations/new").with(csrf())
				.param("party", "ukraine")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "party", "admin.delegation.taken"))
			.andExpect(content().string(containsString("This party has a delegation at this round already.")));
	}

	@Test
	void aPersonAlreadyInTheDelegationIsRefusedNotOverwritten() throws Exception {
		this.mvc
			.perform(post("/admin/rounds/istanbul-2025-06-02/delegations/ukraine/members/new").with(csrf())
				.param("version", "0")
				.param("person", "rustem-umerov")
				.param("title", "Someone else")
				.param("role", "MEMBER"))
			.andExpect(model().attributeHasFieldErrorCode("form", "person", "admin.member.taken"));
		this.mvc.perform(get("/rounds/istanbul-2025-06-02"))
			.andExpect(content().string(containsString("Defence Minister")));
	}

	@Test
	void aStaleMemberEditGetsTheConflictPage() throws Exception {
		String member = "/admin/rounds/istanbul-2025-06-02/delegations/ukraine/members/rustem-umerov/edit";
		this.mvc
			.perform(post(member).with(csrf())
				.param("person", "rustem-umerov")
				.param("title", "Minister")
				.param("role", "HEAD")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());

		this.mvc
			.perform(post(member).with(csrf())
				.param("person", "rustem-umerov")
				.param("title", "Adviser")
				.param("role", "HEAD")
				.param("version", "0"))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("<td>Minister</td>"), containsString("<td>Adviser</td>"),
					containsString("Title held then"))));
	}

	@Test
	void deletingADelegationNamesTheMembersThatGoWithIt() throws Exception {
		this.mvc.perform(get("/admin/rounds/istanbul-2025-06-02/delegations/ukraine/delete"))
			.andExpect(
					content().string(allOf(containsString("Deleted along with it"), containsString("Rustem Umerov"))));
		this.mvc.perform(post("/admin/rounds/istanbul-2025-06-02/delegations/ukraine/delete").with(csrf()))
			.andExpect(redirectedUrl("/admin/rounds/istanbul-2025-06-02#delegations"));
		this.mvc.perform(get("/rounds/istanbul-2025-06-02"))
			.andExpect(content().string(not(containsString("class=\"delegation\" aria-label=\"Ukraine\""))));
	}

	@Test
	void thirdPartiesAreAddedEditedAndDeleted() throws Exception {
		this.mvc
			.perform(post(ROUND_ONE + "/third-parties/new").with(csrf())
				.param("version", "0")
				.param("party", "united-states")
				.param("role", "MEDIATOR")
				.param("note", SCRIPT)
				.param("sources", "moscow-times-2025-06-02"))
			.andExpect(redirectedUrl(ROUND_ONE + "#third-parties"));
		this.mvc.perform(get("/rounds/istanbul-2025-05-16"))
			.andExpect(content()
				.string(allOf(containsString("United States"), containsString(ESCAPED), not(containsString(SCRIPT)))));

		this.mvc
			.perform(post(ROUND_ONE + "/third-parties/new").with(csrf())
				.param("party", "united-states")
				.param("role", "MEDIATOR")
				.param("version", "0"))
			.andExpect(model().attributeHasFieldErrorCode("form", "role", "admin.thirdParty.taken"));

		this.mvc.perform(post(ROUND_ONE + "/third-parties/turkey/HOST/delete").with(csrf()))
			.andExpect(redirectedUrl(ROUND_ONE + "#third-parties"));
		this.mvc.perform(get(ROUND_ONE + "/third-parties/turkey/HOST/edit")).andExpect(status().isNotFound());
	}

	@Test
	void unknownPartsOfARoundAre404sAndABadRoleIsA400() throws Exception {
		this.mvc.perform(get(ROUND_ONE + "/delegations/atlantis/edit")).andExpect(status().isNotFound());
		this.mvc.perform(get(ROUND_ONE + "/delegations/russia/members/nobody/edit")).andExpect(status().isNotFound());
		this.mvc.perform(get(ROUND_ONE + "/third-parties/turkey/KING/edit")).andExpect(status().isBadRequest());
	}

}
