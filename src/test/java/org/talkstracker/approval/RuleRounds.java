package org.talkstracker.approval;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.talkstracker.editing.TwoPersonRule;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The rounds the two-person rule's tests work on, each of its own, and what the database
 * keeps of their requests for approval and their releases.
 */
final class RuleRounds {

	static final String PROCESS = "russia-ukraine-direct-talks-2025";

	static final String SOURCE = "moscow-times-2025-06-02";

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final TwoPersonRule rule;

	RuleRounds(MockMvc mvc, JdbcClient jdbc, TwoPersonRule rule) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.rule = rule;
	}

	static MockHttpServletRequestBuilder newRound(String slug, int number) {
		return post("/admin/rounds/new").with(csrf())
			.param("process", PROCESS)
			.param("slug", slug)
			.param("number", String.valueOf(number))
			.param("status", "HELD")
			.param("heldOn", "2025-06-02")
			.param("city", "Istanbul")
			.param("sources", SOURCE)
			.param("version", "0");
	}

	/** A round published while the rule is off, which is then switched back as it was. */
	String published(String slug, int number) throws Exception {
		boolean on = this.rule.isOn();
		this.rule.setTwoPersonRule(false);
		this.mvc.perform(newRound(slug, number)).andExpect(redirectedUrl("/admin/rounds/" + slug));
		this.mvc.perform(post("/admin/rounds/{slug}/publish", slug).with(csrf()))
			.andExpect(flash().attribute("notice", "admin.round.published"));
		this.rule.setTwoPersonRule(on);
		return slug;
	}

	/** The one request waiting for approval of the round. */
	long request(String slug) {
		return this.jdbc.sql("select a.id from approval_request a join round r on r.id = a.round_id where r.slug = ?")
			.param(slug)
			.query(Long.class)
			.single();
	}

	int requests(String slug) {
		return this.jdbc
			.sql("select count(*) from approval_request a join round r on r.id = a.round_id where r.slug = ?")
			.param(slug)
			.query(Integer.class)
			.single();
	}

	int releases(String slug) {
		return this.jdbc.sql("select count(*) from round_release where round_slug = ?")
			.param(slug)
			.query(Integer.class)
			.single();
	}

	Map<String, Object> release(String slug, int number) {
		return this.jdbc.sql("select * from round_release where round_slug = ? and number = ?")
			.params(slug, number)
			.query()
			.singleRow();
	}

}
