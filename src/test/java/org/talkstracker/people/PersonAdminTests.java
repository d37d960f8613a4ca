package org.talkstracker.people;

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
class PersonAdminTests {

	static final String UMEROV = "/admin/people/rustem-umerov";

	@Autowired
	MockMvc mvc;

	static MockHttpServletRequestBuilder person(String path, String name, String aliases, String version) {
		return post(path).with(csrf())
			.param("slug", "andriy-yermak")
			.param("name", name)
			.param("aliases", aliases)
			.param("version", version);
	}

	@Test
	void anEditorAddsAPersonWithOtherSpellingsOnePerLine() throws Exception {
		String typed = "Andrii Yermak\r\n\r\n  Андрій Єрмак  \nAndrii Yermak";
		this.mvc.perform(person("/admin/people/new", "Andriy Yermak", typed, "0"))
			.andExpect(redirectedUrl("/admin/people"));

		this.mvc.perform(get("/admin/people"))
			.andExpect(content().string(allOf(containsString(">Andriy Yermak</a>"),
					containsString("<td>Andrii Yermak, Андрій Єрмак</td>"))));
		this.mvc
			.perform(get("/admin/rounds/istanbul-2025-06-02/delegations/ukraine/members/new").param("find-person",
					"Андрій"))
			.andExpect(content().string(containsString("<label for=\"person1\">Andriy Yermak (Андрій Єрмак)</label>")));
	}

	@Test
	void theFormShowsTheSpellingsOnePerLineAndAnEditReplacesThem() throws Exception {
		this.mvc.perform(get(UMEROV + "/edit"))
			.andExpect(content().string(containsString(">Umierov\nРустем Умєров</textarea>")));

		this.mvc.perform(person(UMEROV + "/edit", "Rustem Umerov", "Umierov\nOumerov", "0"))
			.andExpect(redirectedUrl("/admin/people"));

		this.mvc.perform(get("/people/rustem-umerov"))
			.andExpect(content().string(allOf(containsString("Oumerov"), not(containsString("Рустем Умєров")))));
	}

	@Test
	void aRejectedPersonKeepsWhatWasTypedWithMessagesBesideTheFields() throws Exception {
		String tooLong = "x".repeat(201);
		this.mvc
			.perform(post("/admin/people/new").with(csrf())
				.param("slug", "andriy-yermak")
				.param("name", "")
				.param("aliases", "Andrii Yermak\n" + tooLong)
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "name", "aliases"))
			.andExpect(content().string(allOf(containsString("value=\"andriy-yermak\""),
					containsString(">Andrii Yermak\n" + tooLong + "</textarea>"),
					containsString("id=\"aliases-error\">Each spelling can have at most 200 characters."),
					containsString("id=\"name-error\">Fill in this field."))));
	}

	@Test
	void aPersonInADelegationOrAStatementCannotBeDeletedAndThoseAreNamed() throws Exception {
		this.mvc.perform(get(UMEROV + "/delete"))
			.andExpect(content().string(allOf(containsString("cannot be deleted"),
					containsString("<span>member</span>: istanbul-2025-06-02: Ukraine"),
					containsString("<span>statement</span>: umerov-children-list"),
					not(containsString(">Delete</button>")))));
		this.mvc.perform(post(UMEROV + "/delete").with(csrf())).andExpect(status().isConflict());
		this.mvc.perform(get("/people/rustem-umerov")).andExpect(status().isOk());
	}

	@Test
	void aPersonNoFactMentionsIsDeletedWithTheirSpellings() throws Exception {
		this.mvc.perform(person("/admin/people/new", "Andriy Yermak", "Андрій Єрмак", "0"));

		this.mvc.perform(get("/admin/people/andriy-yermak/delete"))
			.andExpect(content().string(containsString(">Delete</button>")));
		this.mvc.perform(post("/admin/people/andriy-yermak/delete").with(csrf()))
			.andExpect(redirectedUrl("/admin/people"));
		this.mvc.perform(get("/admin/people/andriy-yermak/edit")).andExpect(status().isNotFound());
	}

	@Test
	void aStaleEditGetsTheConflictPageWithStoredAndSubmittedSpellings() throws Exception {
		this.mvc.perform(person(UMEROV + "/edit", "Rustem Umerov", "Umierov", "0"))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(person(UMEROV + "/edit", "Rustem Umerov", "Umjerow", "0"))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("<td>Umierov</td>"), containsString("<td>Umjerow</td>"))));
	}

	@Test
	void aFormSentWithoutItsTokenIsRefusedAndNothingIsSaved() throws Exception {
		this.mvc
			.perform(post("/admin/people/new").param("slug", "andriy-yermak")
				.param("name", "Andriy Yermak")
				.param("version", "0"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/people/andriy-yermak/edit")).andExpect(status().isNotFound());
	}

	@Test
	@WithAnonymousUser
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/admin/people")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(person("/admin/people/new", "Andriy Yermak", "", "0")).andExpect(redirectedUrl("/login"));
	}

}
