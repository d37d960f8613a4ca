package org.talkstracker.approval;

import org.hamcrest.Matcher;
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

import static org.talkstracker.approval.RuleRounds.SOURCE;

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

/**
 * Under the two-person rule every form that changes a published round's facts, and every
 * deletion of one, is kept as a request: readers see nothing of it until a second editor
 * approves it, its author cannot, the request shows what readers would see change, and
 * the release names both editors. Each test works on a round of its own, published while
 * the rule is off; the facts a test needs before its proposals are saved with the rule
 * off too. The rule is switched on and off as in {@link TwoPersonRuleTests}.
 */
@CommittingTest
@WithMockUser(username = "olena", roles = "EDITOR")
class ProposedCorrectionsTests {

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
	void delegationsAndTheirMembersAreAddedEditedAndDeletedOnlyWhenApproved() throws Exception {
		String slug = this.rounds.published("proposed-delegations", 171);
		String delegations = "/admin/rounds/" + slug + "/delegations";

		proposedThenApproved(slug,
				post(delegations + "/new").param("party", "ukraine").param("sources", SOURCE).param("version", "0"),
				"Delegation added: Ukraine", containsString("aria-label=\"Ukraine\""));
		proposedThenApproved(slug,
				post(delegations + "/ukraine/members/new").param("person", "rustem-umerov")
					.param("title", "Defence Minister")
					.param("role", "HEAD")
					.param("sources", SOURCE)
					.param("version", "0"),
				"Rustem Umerov added to the delegation of Ukraine", containsString("Rustem Umerov"));
		proposedThenApproved(slug,
				post(delegations + "/ukraine/members/rustem-umerov/edit").param("person", "rustem-umerov")
					.param("title", "Secretary of the National Security and Defence Council")
					.param("role", "HEAD")
					.param("sources", SOURCE)
					.param("version", version("delegation_member")),
				"title Defence Minister \u2192 Secretary of the National Security and Defence Council",
				containsString("Secretary of the National Security and Defence Council"));
		proposedThenApproved(slug, post(delegations + "/ukraine/members/rustem-umerov/delete"),
				"Rustem Umerov removed from the delegation of Ukraine", not(containsString("Rustem Umerov")));
		proposedThenApproved(slug, post(delegations + "/ukraine/delete"), "Delegation removed: Ukraine",
				not(containsString("aria-label=\"Ukraine\"")));
	}

	@Test
	void hostsMediatorsAndObserversWaitForApproval() throws Exception {
		String slug = this.rounds.published("proposed-third-parties", 172);
		String thirdParties = "/admin/rounds/" + slug + "/third-parties";

		proposedThenApproved(slug,
				post(thirdParties + "/new").param("party", "turkey")
					.param("role", "HOST")
					.param("note", "Hosted at the palace")
					.param("sources", SOURCE)
					.param("version", "0"),
				"Host added: Turkey", containsString("Hosted at the palace"));
		proposedThenApproved(slug,
				post(thirdParties + "/turkey/HOST/edit").param("party", "turkey")
					.param("role", "HOST")
					.param("note", "Hosted at the Dolmabahce office")
					.param("sources", SOURCE)
					.param("version", version("third_party")),
				"note revised", containsString("Hosted at the Dolmabahce office"));
		proposedThenApproved(slug, post(thirdParties + "/turkey/HOST/delete"), "Host removed: Turkey",
				not(containsString("Hosted at the Dolmabahce office")));
	}

	@Test
	void exchangesTheirStagesAndReportedTotalsWaitForApproval() throws Exception {
		String slug = this.rounds.published("proposed-exchanges", 173);
		String exchanges = "/admin/rounds/" + slug + "/exchanges";

		proposedThenApproved(slug,
				post(exchanges + "/new").param("slug", "bodies-1234-each")
					.param("kind", "BODIES")
					.param("sideA", "russia")
					.param("sideACount", "1234")
					.param("sideB", "ukraine")
					.param("sideBCount", "1234")
					.param("sources", SOURCE)
					.param("version", "0"),
				"Exchange added: \u201cBodies of the killed\u201d (Russia and Ukraine)", containsString("1,234"));
		// The figure as the text of its element: a bare 617 also turns up, now and then,
		// in the page's times (microseconds) and its form token.
		proposedThenApproved(slug,
				post(exchanges + "/bodies-1234-each/stages/new").param("sequence", "1")
					.param("occurredOn", "2025-06-11")
					.param("occurredPrecision", "DAY")
					.param("sideAReceivedPerA", "617")
					.param("sideBReceivedPerB", "618")
					.param("sources", SOURCE)
					.param("version", "0"),
				"Stage 1, 11 June 2025 added", containsString(">617<"));
		proposedThenApproved(slug,
				post(exchanges + "/bodies-1234-each/totals/new").param("receivedBy", "SIDE_B")
					.param("reportedBy", "SIDE_B")
					.param("total", "1201")
					.param("reportedOn", "2025-06-20")
					.param("sources", SOURCE)
					.param("version", "0"),
				"total reported", containsString("1,201"));
		proposedThenApproved(slug, post(exchanges + "/bodies-1234-each/stages/1/delete"), "removed",
				not(containsString(">617<")));
		proposedThenApproved(slug, post(exchanges + "/bodies-1234-each/delete"), "Exchange removed",
				not(containsString("1,234")));
	}

	@Test
	void memorandaAndTheirClausesWaitForApproval() throws Exception {
		String slug = this.rounds.published("proposed-memoranda", 174);

		proposedThenApproved(slug,
				post("/admin/memoranda/new").param("process", "russia-ukraine-direct-talks-2025")
					.param("slug", "proposed-memorandum")
					.param("title", "A memorandum waiting for approval")
					.param("author", "ukraine")
					.param("round", slug)
					.param("sources", SOURCE)
					.param("version", "0"),
				"Memorandum added: \u201cA memorandum waiting for approval\u201d",
				containsString("A memorandum waiting for approval"));
		proposedThenApproved(slug,
				post("/admin/memoranda/proposed-memorandum/clauses/new").param("number", "1")
					.param("topic", "HUMANITARIAN")
					.param("text", "Return every deported child")
					.param("sources", SOURCE)
					.param("version", "0"),
				"clause 1", containsString("Return every deported child"));
		proposedThenApproved(slug,
				post("/admin/memoranda/proposed-memorandum/clauses/1/edit").param("number", "1")
					.param("topic", "HUMANITARIAN")
					.param("text", "Return every child taken from Ukraine")
					.param("sources", SOURCE)
					.param("version", version("clause")),
				"revised", containsString("Return every child taken from Ukraine"));
		proposedThenApproved(slug, post("/admin/memoranda/proposed-memorandum/delete"),
				"Memorandum removed: \u201cA memorandum waiting for approval\u201d",
				not(containsString("A memorandum waiting for approval")));
	}

	@Test
	void statementsWaitForApproval() throws Exception {
		String slug = this.rounds.published("proposed-statements", 175);
		String process = "russia-ukraine-direct-talks-2025";

		proposedThenApproved(slug, statement("/admin/statements/new", slug, "The talks were useful", "0"),
				"Statement added", containsString("The talks were useful"));
		proposedThenApproved(slug,
				statement("/admin/statements/" + process + "/proposed-statement/edit", slug,
						"The talks were useful and will go on", version("statement")),
				"revised", containsString("The talks were useful and will go on"));
		proposedThenApproved(slug, post("/admin/statements/" + process + "/proposed-statement/delete"),
				"Statement removed", not(containsString("The talks were useful")));
	}

	@Test
	void proposalsAreAddedAndDeletedOnlyWhenApproved() throws Exception {
		String slug = this.rounds.published("proposed-proposals", 176);

		proposedThenApproved(slug,
				post("/admin/rounds/" + slug + "/proposals/new").param("slug", "proposed-truce")
					.param("party", "ukraine")
					.param("title", "A truce waiting for approval")
					.param("category", "CEASEFIRE")
					.param("status", "PROPOSED")
					.param("sources", SOURCE)
					.param("version", "0"),
				"Proposal added: \u201cA truce waiting for approval\u201d (Ukraine)",
				containsString("A truce waiting for approval"));
		proposedThenApproved(slug, post("/admin/rounds/" + slug + "/proposals/proposed-truce/delete"),
				"Proposal removed: \u201cA truce waiting for approval\u201d (Ukraine)",
				not(containsString("A truce waiting for approval")));
	}

	@Test
	void aSourceTheRoundCitesIsCorrectedOnlyWhenApproved() throws Exception {
		String slug = this.rounds.published("proposed-source", 177);
		this.mvc.perform(source("/admin/sources/new", "A report waiting to be corrected", "0"))
			.andExpect(flash().attribute("notice", "admin.saved"));
		this.rule.setTwoPersonRule(false);
		this.mvc.perform(roundCiting(slug, SOURCE, "proposed-source-report").param("releaseNote", "Cited a report"))
			.andExpect(flash().attribute("notice", "admin.saved"));
		this.rule.setTwoPersonRule(true);

		proposedThenApproved(slug,
				source("/admin/sources/proposed-source-report/edit", "A report corrected with approval",
						version("source")),
				"A report corrected with approval", containsString("A report corrected with approval"));
	}

	@Test
	void everyShortFormOfTheWorkspaceWaitsForApproval() throws Exception {
		String slug = this.rounds.published("proposed-workspace", 178);
		String workspace = "/admin/rounds/" + slug + "/workspace";

		proposedThenApproved(slug,
				post(workspace + "/sources").param("reports[0].publisher", "Reuters")
					.param("reports[0].title", "Delegations meet again in Istanbul")
					.param("reports[0].url", "https://example.org/delegations-meet-again")
					.param("reports[0].kind", "INDEPENDENT"),
				"Source added", containsString("Delegations meet again in Istanbul"));
		proposedThenApproved(slug,
				post(workspace + "/delegations").param("sides[0].party", "ukraine")
					.param("sides[0].people[0].name", "Rustem Umerov")
					.param("sides[0].people[0].role", "HEAD")
					.param("sides[1].party", "russia")
					.param("sides[1].people[0].name", "Vladimir Medinsky")
					.param("sides[1].people[0].role", "HEAD")
					.param("sources", SOURCE),
				"Delegation added: Russia",
				allOf(containsString("Rustem Umerov"), containsString("Vladimir Medinsky")));
		proposedThenApproved(slug,
				post(workspace + "/third-parties").param("thirdParties[0].party", "turkey")
					.param("thirdParties[0].role", "HOST")
					.param("thirdParties[0].note", "Turkey hosted the workspace round")
					.param("sources", SOURCE),
				"Host added: Turkey", containsString("Turkey hosted the workspace round"));
		proposedThenApproved(slug,
				post(workspace + "/proposals").param("proposals[0].party", "russia")
					.param("proposals[0].category", "CEASEFIRE")
					.param("proposals[0].title", "A pause to recover the bodies")
					.param("proposals[0].status", "PROPOSED")
					.param("sources", SOURCE),
				"Proposal added: \u201cA pause to recover the bodies\u201d (Russia)",
				containsString("A pause to recover the bodies"));
		proposedThenApproved(slug,
				post(workspace + "/exchanges").param("agreements[0].kind", "PRISONERS_OF_WAR")
					.param("agreements[0].sideA", "russia")
					.param("agreements[0].sideACount", "4321")
					.param("agreements[0].sideB", "ukraine")
					.param("agreements[0].sideBCount", "4321")
					.param("sources", SOURCE),
				"Exchange added", containsString("4,321"));
		String agreement = this.jdbc.sql("""
				select e.slug from exchange_agreement e join round r on r.id = e.round_id where r.slug = ?""")
			.param(slug)
			.query(String.class)
			.single();
		proposedThenApproved(slug,
				post(workspace + "/handovers").param("handovers[0].agreement", slug + "/" + agreement)
					.param("handovers[0].occurredOn", "2025-06-12")
					.param("handovers[0].sideAReceived", "2109")
					.param("handovers[0].sideBReceived", "2108")
					.param("sources", SOURCE),
				"Stage 1, 12 June 2025 added", containsString("2,108"));
	}

	@Test
	void withTheRuleOffEveryFormSavesAtOnce() throws Exception {
		this.rule.setTwoPersonRule(false);
		String slug = this.rounds.published("proposed-rule-off", 179);

		this.mvc
			.perform(post("/admin/rounds/{slug}/workspace/third-parties", slug).with(csrf())
				.param("thirdParties[0].party", "turkey")
				.param("thirdParties[0].role", "HOST")
				.param("thirdParties[0].note", "Hosted without a second editor")
				.param("sources", SOURCE)
				.param("releaseKind", "UPDATE")
				.param("releaseNote", "Named the host"))
			.andExpect(flash().attribute("notice", "admin.saved"));

		this.mvc.perform(get("/rounds/" + slug))
			.andExpect(content().string(containsString("Hosted without a second editor")));
		assertThat(this.rounds.release(slug, 2)).containsEntry("editor", "olena").containsEntry("approved_by", null);
		assertThat(this.rounds.requests(slug)).isZero();
	}

	@Test
	void aRequestWhoseRecordChangedMeanwhileIsShownAsOutdatedAndNotApplied() throws Exception {
		String slug = this.rounds.published("proposed-outdated", 180);
		this.rule.setTwoPersonRule(false);
		this.mvc
			.perform(post("/admin/rounds/{slug}/third-parties/new", slug).with(csrf())
				.param("party", "turkey")
				.param("role", "HOST")
				.param("note", "First note")
				.param("sources", SOURCE)
				.param("releaseNote", "Named the host")
				.param("version", "0"))
			.andExpect(flash().attribute("notice", "admin.saved"));
		this.rule.setTwoPersonRule(true);
		String deleted = version("third_party");
		this.mvc
			.perform(post("/admin/rounds/{slug}/third-parties/turkey/HOST/delete", slug).with(csrf())
				.param("releaseKind", "CORRECTION")
				.param("releaseNote", "Removed the host"))
			.andExpect(redirectedUrl("/admin/rounds/" + slug))
			.andExpect(flash().attribute("notice", "approval.proposed"));
		this.rule.setTwoPersonRule(false);
		this.mvc
			.perform(post("/admin/rounds/{slug}/third-parties/turkey/HOST/edit", slug).with(csrf())
				.param("party", "turkey")
				.param("role", "HOST")
				.param("note", "A note written meanwhile")
				.param("sources", SOURCE)
				.param("version", deleted)
				.param("releaseNote", "Corrected the note"))
			.andExpect(flash().attribute("notice", "admin.saved"));
		this.rule.setTwoPersonRule(true);
		long request = this.rounds.request(slug);

		this.mvc.perform(get("/admin/approvals/{id}", request).with(ANNA))
			.andExpect(content().string(allOf(containsString("The record changed since this correction was proposed"),
					not(containsString("Approve the correction")))));
		this.mvc.perform(post("/admin/approvals/{id}/approve", request).with(csrf()).with(ANNA))
			.andExpect(flash().attribute("problem", "approval.outdated"));

		this.mvc.perform(get("/rounds/" + slug))
			.andExpect(content().string(containsString("A note written meanwhile")));
		assertThat(this.rounds.requests(slug)).isOne();
	}

	/**
	 * Saves under the rule: the save is kept as a request and readers see nothing of it;
	 * its author cannot approve it; another editor sees the change in readers' words and
	 * approves it; then readers see it, and the release names both editors.
	 * @param change what the request's page says readers will see change
	 * @param readersSee what the round's page shows once the change is approved, and not
	 * before
	 */
	@Test
	void aTextsTranslationsAreAddedAndRemovedOnlyWhenApproved() throws Exception {
		String slug = this.rounds.published("proposed-translations", 181);
		this.jdbc
			.sql("update round set summary = 'Раунд, который добавляет тест переводов.', summary_language = 'ru'"
					+ " where slug = ?")
			.param(slug)
			.update();
		String summary = "/admin/rounds/" + slug + "/texts/summary";

		proposedThenApproved(slug,
				post(summary + "/translations/new").param("language", "EN")
					.param("text", "A round the translations test adds.")
					.param("translator", "Talks Desk")
					.param("version", "0"),
				"Summary: translation into English added", containsString("(Translated from Russian by Talks Desk)"));
		proposedThenApproved(slug, post(summary + "/translations/en/delete"),
				"Summary: translation into English removed", not(containsString("Translated from Russian")));
	}

	private void proposedThenApproved(String slug, MockHttpServletRequestBuilder save, String change,
			Matcher<String> readersSee) throws Exception {
		int released = this.rounds.releases(slug);
		this.mvc.perform(save.with(csrf()).param("releaseKind", "CORRECTION").param("releaseNote", "Corrected"))
			.andExpect(flash().attribute("notice", "approval.proposed"));
		this.mvc.perform(get("/rounds/" + slug)).andExpect(content().string(not(readersSee)));
		assertThat(this.rounds.releases(slug)).isEqualTo(released);
		long request = this.rounds.request(slug);

		this.mvc.perform(post("/admin/approvals/{id}/approve", request).with(csrf()))
			.andExpect(flash().attribute("problem", "approval.notByAuthor"));
		this.mvc.perform(get("/admin/approvals/{id}", request).with(ANNA))
			.andExpect(content().string(allOf(containsString(change), containsString("Approve the correction"))));
		this.mvc.perform(post("/admin/approvals/{id}/approve", request).with(csrf()).with(ANNA))
			.andExpect(flash().attribute("notice", "approval.approved"));

		this.mvc.perform(get("/rounds/" + slug)).andExpect(content().string(readersSee));
		assertThat(this.rounds.release(slug, released + 1)).containsEntry("editor", "olena")
			.containsEntry("approved_by", "anna")
			.containsEntry("note", "Corrected");
		assertThat(this.rounds.requests(slug)).isZero();
	}

	private MockHttpServletRequestBuilder statement(String path, String round, String text, String version) {
		return post(path).param("process", "russia-ukraine-direct-talks-2025")
			.param("slug", "proposed-statement")
			.param("party", "ukraine")
			.param("round", round)
			.param("text", text)
			.param("sources", SOURCE)
			.param("version", version);
	}

	private MockHttpServletRequestBuilder source(String path, String title, String version) {
		return post(path).with(csrf())
			.param("slug", "proposed-source-report")
			.param("publisher", "Reuters")
			.param("title", title)
			.param("url", "https://example.org/proposed-source-report")
			.param("kind", "INDEPENDENT")
			.param("version", version);
	}

	private MockHttpServletRequestBuilder roundCiting(String slug, String... sources) {
		long version = this.jdbc.sql("select version from round where slug = ?").param(slug).query(Long.class).single();
		int number = this.jdbc.sql("select number from round where slug = ?").param(slug).query(Integer.class).single();
		return post("/admin/rounds/{slug}/edit", slug).with(csrf())
			.param("process", "russia-ukraine-direct-talks-2025")
			.param("slug", slug)
			.param("number", String.valueOf(number))
			.param("status", "HELD")
			.param("heldOn", "2025-06-02")
			.param("city", "Istanbul")
			.param("sources", sources)
			.param("version", String.valueOf(version));
	}

	/** The version of the newest row of the table. */
	private String version(String table) {
		return this.jdbc.sql("select version::text from " + table + " order by id desc limit 1")
			.query(String.class)
			.single();
	}

}
