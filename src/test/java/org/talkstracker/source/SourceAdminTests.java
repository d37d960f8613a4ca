package org.talkstracker.source;

import static org.assertj.core.api.Assertions.assertThat;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(roles = "EDITOR")
class SourceAdminTests {

	static final String MOSCOW_TIMES = "/admin/sources/moscow-times-2025-06-02";

	static final String SCRIPT = "<script>alert('x')</script>";

	static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";

	@Autowired
	MockMvc mvc;

	static MockHttpServletRequestBuilder source(String path, String version) {
		return post(path).with(csrf())
			.param("slug", "reuters-2025-06-03")
			.param("publisher", "Reuters")
			.param("title", "A report")
			.param("publishedOn", "2025-06-03")
			.param("kind", "INDEPENDENT")
			.param("version", version);
	}

	@Test
	void anEditorAddsASourceAndCitesItOnAProposal() throws Exception {
		this.mvc.perform(source("/admin/sources/new", "0").param("url", "https://www.reuters.com/world/"))
			.andExpect(redirectedUrl("/admin/sources"));
		assertThat(this.mvc
			.perform(get("/admin/rounds/istanbul-2025-06-02/proposals/new").param("find-sources", "a report"))
			.andReturn()
			.getResponse()
			.getContentAsString()).containsPattern(
					"value=\"reuters-2025-06-03\" id=\"sources\\d+\" name=\"sources\">(<input type=\"hidden\"[^>]*>)?\\s*"
							+ "<label for=\"sources\\d+\">Reuters — A report \\(2025-06-03\\)</label>");
	}

	@Test
	void aSourceAddedFromARoundsPageLeadsBackToThatRound() throws Exception {
		this.mvc.perform(get("/admin/rounds/istanbul-2025-06-02"))
			.andExpect(content().string(containsString("href=\"/admin/sources/new?round=istanbul-2025-06-02\"")));
		this.mvc.perform(get("/admin/sources/new").param("round", "istanbul-2025-06-02"))
			.andExpect(content()
				.string(allOf(containsString("<input type=\"hidden\" name=\"round\" value=\"istanbul-2025-06-02\">"),
						containsString("<a href=\"/admin/rounds/istanbul-2025-06-02\">Back to the round</a>"))));

		this.mvc.perform(source("/admin/sources/new", "0").param("round", "istanbul-2025-06-02"))
			.andExpect(redirectedUrl("/admin/rounds/istanbul-2025-06-02#sources"))
			.andExpect(flash().attribute("notice", "admin.source.addedForRound"));
	}

	@Test
	void aSourceEditedFromARoundsPageLeadsBackToThatRound() throws Exception {
		this.mvc.perform(get("/admin/rounds/istanbul-2025-06-02"))
			.andExpect(
					content().string(containsString("href=\"" + MOSCOW_TIMES + "/edit?round=istanbul-2025-06-02\"")));

		this.mvc
			.perform(post(MOSCOW_TIMES + "/edit").with(csrf())
				.param("round", "istanbul-2025-06-02")
				.param("slug", "moscow-times-2025-06-02")
				.param("publisher", "The Moscow Times")
				.param("title", "Edited")
				.param("kind", "INDEPENDENT")
				.param("version", "0"))
			.andExpect(redirectedUrl("/admin/rounds/istanbul-2025-06-02#sources"));
	}

	@Test
	void aSourceOpenedFromTheListLeadsBackToTheListAndARoundThatIsNoSlugIsIgnored() throws Exception {
		this.mvc.perform(get("/admin/sources/new"))
			.andExpect(content().string(allOf(not(containsString("name=\"round\"")),
					containsString("<a href=\"/admin/sources\">All sources</a>"))));

		this.mvc.perform(source("/admin/sources/new", "0").param("round", "/\\evil.example"))
			.andExpect(redirectedUrl("/admin/sources"));
	}

	@Test
	void aWebAddressThatIsNotOneIsRefused() throws Exception {
		this.mvc.perform(source("/admin/sources/new", "0").param("url", "javascript:alert(1)"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "url"))
			.andExpect(content().string(containsString("Give a web address starting with http:// or https://.")));
	}

	@Test
	void aCitedSourceCannotBeDeletedAndTheFactsCitingItAreNamed() throws Exception {
		this.mvc.perform(get(MOSCOW_TIMES + "/delete"))
			.andExpect(content().string(allOf(containsString("cannot be deleted"),
					containsString("<span>delegation</span>: istanbul-2025-06-02: Ukraine"),
					containsString("<span>proposal</span>: Third round of talks later in June"),
					not(containsString(">Delete</button>")))));
		this.mvc.perform(post(MOSCOW_TIMES + "/delete").with(csrf())).andExpect(status().isConflict());
	}

	@Test
	void anUncitedSourceIsDeleted() throws Exception {
		this.mvc.perform(source("/admin/sources/new", "0")).andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/admin/sources/reuters-2025-06-03/delete").with(csrf()))
			.andExpect(redirectedUrl("/admin/sources"));
		this.mvc.perform(get("/admin/sources/reuters-2025-06-03/edit")).andExpect(status().isNotFound());
	}

	@Test
	void aSourceIsEditedAndReadersSeeItEscaped() throws Exception {
		this.mvc
			.perform(post(MOSCOW_TIMES + "/edit").with(csrf())
				.param("slug", "moscow-times-2025-06-02")
				.param("publisher", SCRIPT)
				.param("title", SCRIPT)
				.param("note", SCRIPT)
				.param("kind", "INDEPENDENT")
				.param("version", "0"))
			.andExpect(redirectedUrl("/admin/sources"));

		this.mvc.perform(get("/rounds/istanbul-2025-06-02"))
			.andExpect(content().string(allOf(containsString(ESCAPED), not(containsString(SCRIPT)))));
		this.mvc
			.perform(post(MOSCOW_TIMES + "/edit").with(csrf())
				.param("slug", "moscow-times-2025-06-02")
				.param("publisher", "The Moscow Times")
				.param("title", "Again")
				.param("kind", "INDEPENDENT")
				.param("version", "0"))
			.andExpect(status().isConflict());
	}

}
