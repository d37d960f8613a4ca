package org.talkstracker.memorandum;

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
class MemorandumAdminTests {

	static final String RUSSIAN = "/admin/memoranda/russian-memorandum-2025-06";

	static final String SCRIPT = "<script>alert('x')</script>";

	static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";

	@Autowired
	MockMvc mvc;

	static MockHttpServletRequestBuilder memorandum(String path, String version) {
		return post(path).with(csrf())
			.param("process", "russia-ukraine-direct-talks-2025")
			.param("slug", "turkish-note-2025-06")
			.param("title", "Turkish note")
			.param("author", "turkey")
			.param("round", "istanbul-2025-06-02")
			.param("sources", "moscow-times-2025-06-02")
			.param("version", version);
	}

	@Test
	void theListAndTheNewFormStartFromARound() throws Exception {
		this.mvc.perform(get("/admin/memoranda"))
			.andExpect(content().string(containsString("Russian memorandum on conditions for ending the war")));
		this.mvc.perform(get("/admin/memoranda/new").param("round", "istanbul-2025-06-02"))
			.andExpect(content().string(
					allOf(containsString("<option value=\"russia-ukraine-direct-talks-2025\" selected=\"selected\""),
							containsString("<option value=\"istanbul-2025-06-02\" selected=\"selected\""))));
	}

	@Test
	void anEditorAddsAMemorandumWithAClauseAndReadersSeeThemEscaped() throws Exception {
		this.mvc.perform(memorandum("/admin/memoranda/new", "0").param("title", SCRIPT).param("summary", SCRIPT))
			.andExpect(redirectedUrl("/admin/memoranda/turkish-note-2025-06/edit"));
		this.mvc
			.perform(post("/admin/memoranda/turkish-note-2025-06/clauses/new").with(csrf())
				.param("number", "1")
				.param("topic", "HUMANITARIAN")
				.param("text", SCRIPT)
				.param("sources", "moscow-times-2025-06-02")
				.param("version", "0"))
			.andExpect(redirectedUrl("/admin/memoranda/turkish-note-2025-06/edit#clauses"));

		this.mvc.perform(get("/rounds/istanbul-2025-06-02"))
			.andExpect(content().string(allOf(containsString(ESCAPED), not(containsString(SCRIPT)))));
		this.mvc.perform(get("/admin/memoranda/turkish-note-2025-06/edit"))
			.andExpect(content().string(allOf(containsString(ESCAPED), not(containsString(SCRIPT)))));
	}

	@Test
	void aDeliveryDateWithoutItsPrecisionIsRefusedBesideThePrecision() throws Exception {
		this.mvc.perform(memorandum("/admin/memoranda/new", "0").param("deliveredOn", "2025-06-02"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "deliveredPrecision",
					"constraint.memorandum_delivery_date_needs_precision"));
	}

	@Test
	void aDeliveryPrecisionWithoutItsDateIsRefusedBesideTheDate() throws Exception {
		this.mvc.perform(memorandum("/admin/memoranda/new", "0").param("deliveredPrecision", "DAY"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "deliveredOn",
					"constraint.memorandum_delivery_date_needs_precision"))
			.andExpect(model().attributeErrorCount("form", 1));
	}

	@Test
	void aClauseNumberTakenIsRefused() throws Exception {
		this.mvc
			.perform(post(RUSSIAN + "/clauses/new").with(csrf())
				.param("number", "1")
				.param("topic", "OTHER")
				.param("text", "x")
				.param("version", "0"))
			.andExpect(model().attributeHasFieldErrorCode("form", "number", "admin.clause.taken"));
	}

	@Test
	void aStaleEditGetsTheConflictPage() throws Exception {
		MockHttpServletRequestBuilder first = post(RUSSIAN + "/edit").with(csrf())
			.param("process", "russia-ukraine-direct-talks-2025")
			.param("slug", "russian-memorandum-2025-06")
			.param("title", "First title")
			.param("author", "russia")
			.param("version", "0");
		this.mvc.perform(first).andExpect(status().is3xxRedirection());

		this.mvc
			.perform(post(RUSSIAN + "/edit").with(csrf())
				.param("process", "russia-ukraine-direct-talks-2025")
				.param("slug", "russian-memorandum-2025-06")
				.param("title", "Second title")
				.param("author", "russia")
				.param("version", "0"))
			.andExpect(status().isConflict())
			.andExpect(content()
				.string(allOf(containsString("<td>First title</td>"), containsString("<td>Second title</td>"))));
	}

	@Test
	void deletingAMemorandumNamesItsClauses() throws Exception {
		this.mvc.perform(get(RUSSIAN + "/delete"))
			.andExpect(content().string(allOf(containsString("Deleted along with it"), containsString("§1"))));
		this.mvc.perform(post(RUSSIAN + "/delete").with(csrf())).andExpect(redirectedUrl("/admin/memoranda"));
		this.mvc.perform(get(RUSSIAN + "/edit")).andExpect(status().isNotFound());
	}

}
