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
class PartyAdminTests {

	@Autowired
	MockMvc mvc;

	static MockHttpServletRequestBuilder party(String path, String slug, String name, String version) {
		return post(path).with(csrf())
			.param("slug", slug)
			.param("name", name)
			.param("kind", "ORGANISATION")
			.param("version", version);
	}

	@Test
	void anEditorAddsAPartyThatFormsOfferToChooseFrom() throws Exception {
		this.mvc.perform(party("/admin/parties/new", "united-nations", "United Nations", "0"))
			.andExpect(redirectedUrl("/admin/parties"));

		this.mvc.perform(get("/admin/parties"))
			.andExpect(content()
				.string(allOf(containsString("<a href=\"/admin/parties/united-nations/edit\">United Nations</a>"),
						containsString("<td>Organisation</td>"))));
		this.mvc.perform(get("/admin/rounds/istanbul-2025-06-02/third-parties/new"))
			.andExpect(content().string(containsString(
					"value=\"united-nations\" id=\"party1\" name=\"party\">\n      <label for=\"party1\">United Nations</label>")));
	}

	@Test
	void anEditorGivesAPartyItsWikidataItemWhichItsPageLinks() throws Exception {
		this.mvc
			.perform(party("/admin/parties/new", "united-nations", "United Nations", "0").param("wikidataId", "Q1065"))
			.andExpect(redirectedUrl("/admin/parties"));

		this.mvc.perform(get("/admin/parties/united-nations/edit"))
			.andExpect(content().string(containsString("value=\"Q1065\"")));
	}

	@Test
	void aMalformedOrTakenWikidataItemIsRefusedBesideItsField() throws Exception {
		this.mvc
			.perform(party("/admin/parties/new", "united-nations", "United Nations", "0").param("wikidataId", "1065"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "wikidataId"))
			.andExpect(content().string(containsString("Give a Wikidata item: Q followed by its number")));
		this.mvc
			.perform(party("/admin/parties/new", "united-nations", "United Nations", "0").param("wikidataId", "Q212"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "wikidataId"))
			.andExpect(content().string(containsString("Another party has this Wikidata item.")));
	}

	@Test
	void aRejectedPartyKeepsWhatWasTypedWithMessagesBesideTheFields() throws Exception {
		this.mvc
			.perform(post("/admin/parties/new").with(csrf())
				.param("slug", "Not A Slug")
				.param("name", "")
				.param("kind", "ARMED_GROUP")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "slug", "name"))
			.andExpect(content().string(allOf(containsString("value=\"Not A Slug\""),
					containsString("<option value=\"ARMED_GROUP\" selected=\"selected\">Armed group</option>"),
					containsString("id=\"slug-error\">Use lower-case letters"),
					containsString("id=\"name-error\">Fill in this field."))));
	}

	@Test
	void anEditRenamesThePartyWhereverItIsShown() throws Exception {
		this.mvc.perform(get("/admin/parties/turkey/edit"))
			.andExpect(content()
				.string(allOf(containsString("value=\"Turkey\""), containsString("name=\"version\" value=\"0\""))));
		this.mvc.perform(party("/admin/parties/turkey/edit", "ignored", "Türkiye", "0").param("kind", "STATE"))
			.andExpect(redirectedUrl("/admin/parties"));

		this.mvc.perform(get("/rounds/istanbul-2025-06-02"))
			.andExpect(content().string(containsString(">Türkiye</a>")));
		this.mvc.perform(get("/parties/turkey")).andExpect(content().string(containsString("<h1>Türkiye</h1>")));
	}

	@Test
	void aPartyOthersReferToCannotBeDeletedAndTheyAreNamed() throws Exception {
		this.mvc.perform(get("/admin/parties/ukraine/delete"))
			.andExpect(content().string(allOf(containsString("cannot be deleted"),
					containsString("<span>peace process</span>: Russia–Ukraine direct talks (2025)"),
					containsString("<span>delegation</span>: istanbul-2025-06-02"),
					containsString("<span>proposal</span>: Third round of talks later in June"),
					containsString("<span>exchange agreement</span>: istanbul-2025-06-02: bodies-6000-each"),
					containsString(
							"<span>memorandum</span>: Ukraine–Russia Negotiations Framework (Ukrainian memorandum, June 2025)"),
					containsString("<span>statement</span>: umerov-children-list"),
					not(containsString(">Delete</button>")))));
		this.mvc.perform(post("/admin/parties/turkey/delete").with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(
					content().string(containsString("<span>host, mediator or observer</span>: istanbul-2025-05-16")));
		this.mvc.perform(get("/admin/parties/turkey/edit")).andExpect(status().isOk());
	}

	@Test
	void aPartyNothingRefersToIsDeletedAfterConfirmation() throws Exception {
		this.mvc.perform(party("/admin/parties/new", "united-nations", "United Nations", "0"));

		this.mvc.perform(get("/admin/parties/united-nations/delete"))
			.andExpect(content().string(
					allOf(containsString("Delete the party “united-nations”?"), containsString(">Delete</button>"))));
		this.mvc.perform(post("/admin/parties/united-nations/delete").with(csrf()))
			.andExpect(redirectedUrl("/admin/parties"));
		this.mvc.perform(get("/admin/parties/united-nations/edit")).andExpect(status().isNotFound());
	}

	@Test
	void aStaleEditGetsTheConflictPageWithStoredAndSubmittedValues() throws Exception {
		this.mvc.perform(party("/admin/parties/france/edit", "france", "French Republic", "0"))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(party("/admin/parties/france/edit", "france", "République française", "0"))
			.andExpect(status().isConflict())
			.andExpect(content().string(
					allOf(containsString("<td>French Republic</td>"), containsString("<td>République française</td>"),
							containsString("href=\"/admin/parties/france/edit\""))));
		this.mvc.perform(get("/admin/parties/france/edit"))
			.andExpect(content().string(containsString("value=\"French Republic\"")));
	}

	@Test
	void aFormSentWithoutItsTokenIsRefusedAndNothingIsSaved() throws Exception {
		this.mvc
			.perform(post("/admin/parties/new").param("slug", "united-nations")
				.param("name", "United Nations")
				.param("kind", "ORGANISATION")
				.param("version", "0"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/parties/united-nations/edit")).andExpect(status().isNotFound());
	}

	@Test
	@WithAnonymousUser
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/admin/parties")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(party("/admin/parties/new", "united-nations", "United Nations", "0"))
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/admin/parties/ukraine/delete").with(csrf())).andExpect(redirectedUrl("/login"));
	}

}
