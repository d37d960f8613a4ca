package org.talkstracker.statement;

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
class StatementAdminTests {

	static final String PROCESS = "russia-ukraine-direct-talks-2025";

	static final String SCRIPT = "<script>alert('x')</script>";

	static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";

	@Autowired
	MockMvc mvc;

	static MockHttpServletRequestBuilder statement(String path, String version) {
		return post(path).with(csrf())
			.param("process", PROCESS)
			.param("slug", "umerov-new-statement")
			.param("party", "ukraine")
			.param("speaker", "rustem-umerov")
			.param("round", "istanbul-2025-06-02")
			.param("saidOn", "2025-06-02")
			.param("saidPrecision", "DAY")
			.param("sources", "moscow-times-2025-06-02")
			.param("version", version);
	}

	@Test
	void anEditorAddsAStatementThatReadersSeeEscaped() throws Exception {
		this.mvc
			.perform(statement("/admin/statements/new", "0").param("text", SCRIPT)
				.param("quote", SCRIPT)
				.param("speakerTitle", SCRIPT)
				.param("disputes", "medinsky-children-central-topic"))
			.andExpect(redirectedUrl("/admin/rounds/istanbul-2025-06-02#statements"));

		this.mvc.perform(get("/rounds/istanbul-2025-06-02"))
			.andExpect(content().string(allOf(containsString(ESCAPED), not(containsString(SCRIPT)),
					containsString("Disputed by Rustem Umerov"))));
		this.mvc.perform(get("/admin/statements"))
			.andExpect(content().string(allOf(containsString(ESCAPED), not(containsString(SCRIPT)))));
	}

	@Test
	void aDatePrecisionWithoutItsDateIsRefusedBesideTheDate() throws Exception {
		this.mvc
			.perform(post("/admin/statements/new").with(csrf())
				.param("process", PROCESS)
				.param("slug", "umerov-undated-statement")
				.param("party", "ukraine")
				.param("text", "Said")
				.param("saidPrecision", "DAY")
				.param("sources", "moscow-times-2025-06-02")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(
					model().attributeHasFieldErrorCode("form", "saidOn", "constraint.statement_date_needs_precision"))
			.andExpect(model().attributeErrorCount("form", 1));
	}

	@Test
	void aStatementCannotDisputeItself() throws Exception {
		this.mvc
			.perform(statement("/admin/statements/new", "0").param("text", "Said")
				.param("disputes", "umerov-new-statement"))
			.andExpect(model().attributeHasFieldErrorCode("form", "disputes", "admin.statement.disputesItself"));
	}

	@Test
	void aDisputedStatementCannotBeDeletedAndItsDisputerIsNamed() throws Exception {
		String path = "/admin/statements/" + PROCESS + "/umerov-children-list/delete";
		this.mvc.perform(get(path))
			.andExpect(content().string(
					allOf(containsString("cannot be deleted"), containsString("medinsky-disputes-children-claims"))));
		this.mvc.perform(post(path).with(csrf())).andExpect(status().isConflict());
		this.mvc.perform(get("/admin/statements/" + PROCESS + "/umerov-children-list/edit")).andExpect(status().isOk());
	}

	@Test
	void anUndisputedStatementIsDeleted() throws Exception {
		this.mvc.perform(post("/admin/statements/" + PROCESS + "/kellogg-merge-memoranda/delete").with(csrf()))
			.andExpect(redirectedUrl("/admin/statements"));
	}

	@Test
	void aStaleEditGetsTheConflictPage() throws Exception {
		String edit = "/admin/statements/" + PROCESS + "/umerov-children-list/edit";
		this.mvc.perform(statement(edit, "0").param("text", "First")).andExpect(status().is3xxRedirection());

		this.mvc.perform(statement(edit, "0").param("text", "Second"))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("<td>First</td>"), containsString("<td>Second</td>"))));
	}

}
