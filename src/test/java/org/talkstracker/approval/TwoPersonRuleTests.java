package org.talkstracker.approval;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.talkstracker.CommittingTest;
import org.talkstracker.editing.TwoPersonRule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The two-person rule: a round's first publication and every correction of a published
 * round wait for a second editor, who cannot be their author, and the release names both.
 * Releases are made as a transaction commits, so these tests commit
 * ({@link CommittingTest}), each on a round of its own. The rule is a setting; rather
 * than start another application with it on, each test switches the shared setting on and
 * back off ({@link TwoPersonRule} is read at every save).
 */
@CommittingTest
@WithMockUser(username = "olena", roles = "EDITOR")
class TwoPersonRuleTests {

	static final RequestPostProcessor ANNA = user("anna").roles("EDITOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TwoPersonRule rule;

	RuleRounds rounds;

	@BeforeEach
	void ruleOn() {
		this.rounds = new RuleRounds(this.mvc, this.jdbc, this.rule);
		this.rule.setTwoPersonRule(true);
	}

	@AfterEach
	void ruleOff() {
		this.rule.setTwoPersonRule(false);
	}

	@Test
	void aFirstPublicationWaitsForASecondEditorAndTheReleaseNamesBoth() throws Exception {
		String slug = "two-person-publication";
		this.mvc.perform(RuleRounds.newRound(slug, 41)).andExpect(redirectedUrl("/admin/rounds/" + slug));
		this.mvc.perform(get("/admin/rounds/" + slug))
			.andExpect(content().string(
					allOf(containsString("Ask for approval to publish"), not(containsString(">Publish</button>")))));

		this.mvc.perform(post("/admin/rounds/{slug}/publish", slug).with(csrf()))
			.andExpect(flash().attribute("notice", "approval.requested"));
		assertThat(published(slug)).isFalse();
		long request = this.rounds.request(slug);

		this.mvc.perform(get("/admin/rounds/" + slug).with(ANNA))
			.andExpect(content().string(allOf(containsString("Publication asked for by olena"),
					containsString("/admin/approvals/" + request + "/approve"),
					containsString("Approve publication"))));
		this.mvc.perform(post("/admin/approvals/{id}/approve", request).with(csrf()))
			.andExpect(flash().attribute("problem", "approval.notByAuthor"));
		assertThat(published(slug)).isFalse();

		this.mvc.perform(post("/admin/approvals/{id}/approve", request).with(csrf()).with(ANNA))
			.andExpect(redirectedUrl("/admin/rounds/" + slug))
			.andExpect(flash().attribute("notice", "approval.approved"));
		assertThat(published(slug)).isTrue();
		assertThat(this.rounds.release(slug, 1)).containsEntry("editor", "olena").containsEntry("approved_by", "anna");
		assertThat(this.rounds.requests(slug)).isZero();
		this.mvc.perform(get("/rounds/" + slug + "/releases"))
			.andExpect(content().string(allOf(containsString("by olena"), containsString("(approved by anna)"))));
	}

	@Test
	void aCorrectionIsProposedShownFieldByFieldAndAppliedWhenASecondEditorApproves() throws Exception {
		String slug = "two-person-correction";
		this.rounds.published(slug, 42);

		this.mvc
			.perform(edit(slug, "Ciragan Palace").param("releaseKind", "CORRECTION")
				.param("releaseNote", "Named the venue"))
			.andExpect(redirectedUrl("/admin/rounds/" + slug))
			.andExpect(flash().attribute("notice", "approval.proposed"));
		assertThat(venue(slug)).isNull();
		assertThat(this.rounds.releases(slug)).isOne();
		long request = this.rounds.request(slug);

		this.mvc.perform(get("/admin/approvals").with(ANNA))
			.andExpect(content().string(allOf(containsString("/admin/approvals/" + request),
					containsString("Correction of a published round"))));
		this.mvc.perform(get("/admin/approvals/{id}", request).with(ANNA))
			.andExpect(content().string(allOf(containsString("<td>Ciragan Palace</td>"),
					containsString("<th scope=\"row\">Venue</th>"), containsString("<td>Held</td>"),
					containsString("Named the venue"), containsString("Approve the correction"))));

		this.mvc.perform(post("/admin/approvals/{id}/approve", request).with(csrf()).with(ANNA))
			.andExpect(redirectedUrl("/admin/rounds/" + slug));
		assertThat(venue(slug)).isEqualTo("Ciragan Palace");
		assertThat(this.rounds.release(slug, 2)).containsEntry("editor", "olena")
			.containsEntry("approved_by", "anna")
			.containsEntry("kind", "CORRECTION")
			.containsEntry("note", "Named the venue");
	}

	@Test
	void aRefusedCorrectionIsDroppedAndNothingOfItIsSaved() throws Exception {
		String slug = "two-person-refused";
		this.rounds.published(slug, 43);
		this.mvc.perform(edit(slug, "Dolmabahce Palace").param("releaseNote", "Named the venue"))
			.andExpect(flash().attribute("notice", "approval.proposed"));

		this.mvc.perform(post("/admin/approvals/{id}/refuse", this.rounds.request(slug)).with(csrf()).with(ANNA))
			.andExpect(redirectedUrl("/admin/approvals"));

		assertThat(this.rounds.requests(slug)).isZero();
		assertThat(venue(slug)).isNull();
		assertThat(this.rounds.releases(slug)).isOne();
	}

	@Test
	void aSaveOfAPublishedRoundThatCannotBeProposedIsRefusedWithNothingSaved() throws Exception {
		String slug = "two-person-unproposable";
		this.rounds.published(slug, 44);
		this.rule.setTwoPersonRule(false);
		this.mvc.perform(party("/admin/parties/new", "Two-person Hosts")).andExpect(redirectedUrl("/admin/parties"));
		this.mvc
			.perform(post("/admin/rounds/{slug}/third-parties/new", slug).with(csrf())
				.param("party", "two-person-hosts")
				.param("role", "HOST")
				.param("sources", "moscow-times-2025-06-02")
				.param("releaseNote", "Named the hosts")
				.param("version", "0"))
			.andExpect(flash().attribute("notice", "admin.saved"));
		this.rule.setTwoPersonRule(true);

		this.mvc
			.perform(party("/admin/parties/two-person-hosts/edit", "Two-person Hosts, renamed").param("releaseNote",
					"Renamed the hosts"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("needs another editor&#39;s approval")));

		assertThat(this.jdbc.sql("select name from party where slug = 'two-person-hosts'").query(String.class).single())
			.isEqualTo("Two-person Hosts");
		assertThat(this.rounds.releases(slug)).isEqualTo(2);
		assertThat(this.rounds.requests(slug)).isZero();
	}

	private static MockHttpServletRequestBuilder party(String path, String name) {
		return post(path).with(csrf())
			.param("slug", "two-person-hosts")
			.param("name", name)
			.param("kind", "ORGANISATION")
			.param("version", "0");
	}

	@Test
	void withTheRuleOffAnEditorPublishesAlone() throws Exception {
		this.rule.setTwoPersonRule(false);
		String slug = "two-person-off";
		this.rounds.published(slug, 45);

		assertThat(published(slug)).isTrue();
		assertThat(this.rounds.release(slug, 1)).containsEntry("editor", "olena").containsEntry("approved_by", null);
	}

	@Test
	void aFactsFormIsProposedToo() throws Exception {
		String slug = "two-person-fact";
		this.rounds.published(slug, 46);
		this.rule.setTwoPersonRule(false);
		this.mvc
			.perform(proposal(slug, "/proposals/new", "A full ceasefire", 0).param("releaseNote", "Added a proposal"))
			.andExpect(redirectedUrl("/admin/rounds/" + slug + "#proposals"));
		this.rule.setTwoPersonRule(true);
		long version = this.jdbc.sql("select version from proposal where slug = 'two-person-truce'")
			.query(Long.class)
			.single();

		this.mvc
			.perform(proposal(slug, "/proposals/two-person-truce/edit", "A full and lasting ceasefire", version)
				.param("releaseKind", "CORRECTION")
				.param("releaseNote", "Corrected the proposal's title"))
			.andExpect(flash().attribute("notice", "approval.proposed"));
		assertThat(title()).isEqualTo("A full ceasefire");
		this.mvc.perform(get("/admin/approvals/{id}", this.rounds.request(slug)).with(ANNA))
			.andExpect(content().string(allOf(containsString("<td>A full and lasting ceasefire</td>"),
					containsString("<td>A full ceasefire</td>"), containsString("<td>Ukraine</td>"))));

		this.mvc.perform(post("/admin/approvals/{id}/approve", this.rounds.request(slug)).with(csrf()).with(ANNA))
			.andExpect(flash().attribute("notice", "approval.approved"));
		assertThat(title()).isEqualTo("A full and lasting ceasefire");
		assertThat(this.rounds.release(slug, 3)).containsEntry("editor", "olena").containsEntry("approved_by", "anna");
	}

	private String title() {
		return this.jdbc.sql("select title from proposal where slug = 'two-person-truce'").query(String.class).single();
	}

	private static MockHttpServletRequestBuilder proposal(String round, String path, String title, long version) {
		return post("/admin/rounds/" + round + path).with(csrf())
			.param("slug", "two-person-truce")
			.param("party", "ukraine")
			.param("category", "CEASEFIRE")
			.param("title", title)
			.param("status", "PROPOSED")
			.param("sources", "moscow-times-2025-06-02")
			.param("version", String.valueOf(version));
	}

	private MockHttpServletRequestBuilder edit(String slug, String venue) {
		long version = this.jdbc.sql("select version from round where slug = ?").param(slug).query(Long.class).single();
		return post("/admin/rounds/{slug}/edit", slug).with(csrf())
			.param("process", "russia-ukraine-direct-talks-2025")
			.param("slug", slug)
			.param("number",
					this.jdbc.sql("select number::text from round where slug = ?")
						.param(slug)
						.query(String.class)
						.single())
			.param("status", "HELD")
			.param("heldOn", "2025-06-02")
			.param("city", "Istanbul")
			.param("venue", venue)
			.param("sources", "moscow-times-2025-06-02")
			.param("version", String.valueOf(version));
	}

	private boolean published(String slug) {
		return this.jdbc.sql("select published from round where slug = ?").param(slug).query(Boolean.class).single();
	}

	private String venue(String slug) {
		return this.jdbc.sql("select venue from round where slug = ?").param(slug).query(String.class).list().get(0);
	}

}
