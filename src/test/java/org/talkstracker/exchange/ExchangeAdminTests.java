package org.talkstracker.exchange;

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
class ExchangeAdminTests {

	static final String ROUND = "/admin/rounds/istanbul-2025-06-02";

	static final String AGREEMENT = ROUND + "/exchanges/bodies-6000-each";

	static final String SCRIPT = "<script>alert('x')</script>";

	static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";

	@Autowired
	MockMvc mvc;

	static MockHttpServletRequestBuilder agreement(String path) {
		return post(path).with(csrf())
			.param("slug", "civilians-all-for-all")
			.param("kind", "CIVILIANS")
			.param("sideA", "russia")
			.param("sideB", "ukraine")
			.param("sources", "moscow-times-2025-06-02")
			.param("version", "0");
	}

	static MockHttpServletRequestBuilder stage(String path, String version) {
		return stage(path, version, "1212");
	}

	static MockHttpServletRequestBuilder stage(String path, String version, String sideAReceivedPerA) {
		return post(path).with(csrf())
			.param("sequence", "1")
			.param("occurredOn", "2025-06-09")
			.param("occurredPrecision", "DAY")
			.param("sideAReceivedPerA", sideAReceivedPerA)
			.param("sideBReceivedPerB", "27")
			.param("sources", "moscow-times-2025-06-02")
			.param("version", version);
	}

	@Test
	void anEditorAddsAnAgreementWithEveryTextEscapedForReaders() throws Exception {
		this.mvc
			.perform(agreement(ROUND + "/exchanges/new").param("allForAll", "true")
				.param("criteria", SCRIPT)
				.param("description", SCRIPT))
			.andExpect(redirectedUrl(ROUND + "#exchanges"));

		this.mvc.perform(get("/rounds/istanbul-2025-06-02"))
			.andExpect(content().string(allOf(containsString("Civilians"), containsString("all for all"),
					containsString(ESCAPED), not(containsString(SCRIPT)))));
	}

	@Test
	void anAllForAllAgreementWithCountsIsRefusedBesideTheBox() throws Exception {
		this.mvc.perform(agreement(ROUND + "/exchanges/new").param("allForAll", "true").param("sideACount", "10"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "allForAll",
					"constraint.exchange_all_for_all_has_no_counts"))
			.andExpect(content().string(containsString("An all-for-all exchange has no agreed counts")));
	}

	@Test
	void aStageIsAddedAndReadersSeeItAgainstTheAgreedCount() throws Exception {
		this.mvc.perform(get(AGREEMENT + "/stages/new"))
			.andExpect(content().string(allOf(containsString("An exchange between Russia and Ukraine"),
					containsString("Russia received, as Ukraine reports it"),
					containsString("Ukraine received, as Ukraine reports it"),
					containsString("Russia declined to give figures"), not(containsString("Side A")),
					containsString("name=\"sequence\" value=\"1\""))));
		this.mvc.perform(stage(AGREEMENT + "/stages/new", "0").param("note", SCRIPT))
			.andExpect(redirectedUrl(ROUND + "#exchanges"));

		this.mvc.perform(get("/rounds/istanbul-2025-06-02"))
			.andExpect(content()
				.string(allOf(containsString("1,212"), containsString(ESCAPED), not(containsString(SCRIPT)))));
		this.mvc.perform(stage(AGREEMENT + "/stages/new", "0"))
			.andExpect(model().attributeHasFieldErrorCode("form", "sequence", "admin.stage.taken"));
	}

	@Test
	void aStaleStageEditGetsTheConflictPage() throws Exception {
		this.mvc.perform(stage(AGREEMENT + "/stages/new", "0")).andExpect(status().is3xxRedirection());
		this.mvc.perform(stage(AGREEMENT + "/stages/1/edit", "0", "1200")).andExpect(status().is3xxRedirection());

		this.mvc.perform(stage(AGREEMENT + "/stages/1/edit", "0", "999"))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("<td>1200</td>"), containsString("<td>999</td>"))));
	}

	@Test
	void deletingAnAgreementNamesItsStages() throws Exception {
		this.mvc.perform(stage(AGREEMENT + "/stages/new", "0")).andExpect(status().is3xxRedirection());

		this.mvc.perform(get(AGREEMENT + "/delete"))
			.andExpect(content()
				.string(allOf(containsString("Deleted along with it"), containsString("bodies-6000-each #1"))));
		this.mvc.perform(post(AGREEMENT + "/delete").with(csrf())).andExpect(redirectedUrl(ROUND + "#exchanges"));
		this.mvc.perform(get(AGREEMENT + "/edit")).andExpect(status().isNotFound());
	}

}
