package org.talkstracker.exchange;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.hamcrest.Matchers.allOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
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

	/**
	 * Round 2's bodies agreement as agreed, before any handover or report: the reference
	 * data's stages and reported totals of it are taken out (rolled back).
	 */
	@BeforeEach
	void noHandoverNorTotalOfTheBodiesYet(@Autowired JdbcClient jdbc) {
		String bodies = "(select id from exchange_agreement where slug = 'bodies-6000-each')";
		jdbc.sql("delete from exchange_stage where agreement_id = " + bodies).update();
		jdbc.sql("delete from exchange_reported_total where agreement_id = " + bodies).update();
	}

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

	static MockHttpServletRequestBuilder reportedTotal(String path, String receivedBy, String reportedBy, String total,
			String reportedOn, String source) {
		return post(path).with(csrf())
			.param("receivedBy", receivedBy)
			.param("reportedBy", reportedBy)
			.param("total", total)
			.param("reportedOn", reportedOn)
			.param("sources", source)
			.param("version", "0");
	}

	/**
	 * Round 2's bodies agreement, as the parties reported it: Ukraine received 6,057 as
	 * Ukraine reports it, 6,060 as Russia reports it; Russia received 78.
	 */
	void reportTheBodiesTotals() throws Exception {
		this.mvc
			.perform(reportedTotal(AGREEMENT + "/totals/new", "SIDE_B", "SIDE_B", "6057", "2025-06-16",
					"ukrainian-state-media-umerov-third-meeting"))
			.andExpect(redirectedUrl(ROUND + "#exchanges"));
		this.mvc
			.perform(reportedTotal(AGREEMENT + "/totals/new", "SIDE_B", "SIDE_A", "6060", "2025-06-17",
					"russian-state-news-agencies-memorandum"))
			.andExpect(redirectedUrl(ROUND + "#exchanges"));
		this.mvc
			.perform(reportedTotal(AGREEMENT + "/totals/new", "SIDE_A", "SIDE_A", "78", "2025-06-17",
					"russian-state-news-agencies-memorandum"))
			.andExpect(redirectedUrl(ROUND + "#exchanges"));
	}

	@Test
	void theReportedTotalFormNamesTheParties() throws Exception {
		this.mvc.perform(get(AGREEMENT + "/totals/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<option value=\"SIDE_A\">Russia</option>"),
					containsString("<option value=\"SIDE_B\">Ukraine</option>"), containsString("Who received"),
					containsString("As reported by"), not(containsString("Side A")), not(containsString("side B")))));
		reportTheBodiesTotals();

		this.mvc.perform(get(AGREEMENT + "/totals/SIDE_B/SIDE_A/edit"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("Ukraine received, as Russia reports it"), containsString("value=\"6060\""))));
		this.mvc.perform(get(ROUND))
			.andExpect(content().string(allOf(containsString("Ukraine received, as Ukraine reports it"),
					containsString("Russia received, as Russia reports it"),
					containsString("/exchanges/bodies-6000-each/totals/SIDE_B/SIDE_A/edit"))));
	}

	@Test
	void readersSeeEachReportedTotalWithItsSourceAndWhereTheFiguresDiffer() throws Exception {
		reportTheBodiesTotals();

		String page = this.mvc.perform(get("/rounds/istanbul-2025-06-02"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String reported = page.substring(page.indexOf("<table class=\"reported\""));
		reported = reported.substring(0, reported.indexOf("</table>"));
		assertThat(reported)
			.contains("Totals as each party reports them", "Russia received, as Russia reports it",
					"Ukraine received, as Ukraine reports it", "Ukraine received, as Russia reports it", "6,057",
					"6,060", "78", "16 June 2025", "17 June 2025")
			.doesNotContain("Side A", "side B");
		// Ukraine's receipt: 6,057 as Ukraine reports it against 6,060 as Russia does.
		assertThat(reported.split("figures differ", -1)).hasSize(3);
		assertThat(page).contains("Ukrainian state media", "Russian state news agencies",
				"The two sides report different figures for this exchange");
	}

	@Test
	void aReportedTotalDiffersFromTheSumOfItsStages() throws Exception {
		// Russia received 1,212 in stage 1, as Russia reports it; it reports 1,300 in
		// all.
		this.mvc.perform(stage(AGREEMENT + "/stages/new", "0")).andExpect(status().is3xxRedirection());
		this.mvc
			.perform(reportedTotal(AGREEMENT + "/totals/new", "SIDE_A", "SIDE_A", "1300", "2025-06-20",
					"moscow-times-2025-06-02"))
			.andExpect(redirectedUrl(ROUND + "#exchanges"));
		this.mvc.perform(get("/rounds/istanbul-2025-06-02"))
			.andExpect(content().string(matchesPattern("(?s).*Russia received, as Russia reports it</th>\\s*"
					+ "<td class=\"num\">\\s*1,300\\s*<span class=\"flag\">figures differ</span>.*")));

		this.mvc
			.perform(reportedTotal(AGREEMENT + "/totals/SIDE_A/SIDE_A/edit", "SIDE_A", "SIDE_A", "1212", "2025-06-20",
					"moscow-times-2025-06-02"))
			.andExpect(redirectedUrl(ROUND + "#exchanges"));
		this.mvc.perform(get("/rounds/istanbul-2025-06-02"))
			.andExpect(content().string(allOf(matchesPattern(
					"(?s).*Russia received, as Russia reports it</th>\\s*<td class=\"num\">\\s*1,212\\s*" + "</td>.*"),
					not(containsString("figures differ")))));
	}

	@Test
	void savingAReportedTotalOrItsSourcesChangesItsRoundsPageOnly(@Autowired JdbcClient jdbc) throws Exception {
		reportTheBodiesTotals();
		String latest = "select topic from data_change where version = (select version from data_version)";
		assertThat(jdbc.sql(latest).query(String.class).list()).containsExactly("round:istanbul-2025-06-02");

		jdbc.sql("""
				delete from citation where exchange_reported_total_id is not null
				and source_id = (select id from source where slug = 'russian-state-news-agencies-memorandum')""")
			.update();
		assertThat(jdbc.sql(latest).query(String.class).list()).containsExactly("round:istanbul-2025-06-02");
	}

	@Test
	void aSecondTotalForTheSameReportIsRefusedAndAStaleEditGetsTheConflictPage() throws Exception {
		reportTheBodiesTotals();

		this.mvc
			.perform(reportedTotal(AGREEMENT + "/totals/new", "SIDE_B", "SIDE_A", "1", "2025-06-17",
					"moscow-times-2025-06-02"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "reportedBy", "admin.reportedTotal.taken"));
		this.mvc
			.perform(reportedTotal(AGREEMENT + "/totals/SIDE_B/SIDE_A/edit", "SIDE_B", "SIDE_A", "6061", "2025-06-18",
					"moscow-times-2025-06-02"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(reportedTotal(AGREEMENT + "/totals/SIDE_B/SIDE_A/edit", "SIDE_B", "SIDE_A", "6000", "2025-06-18",
					"moscow-times-2025-06-02"))
			.andExpect(status().isConflict());
	}

	@Test
	void aReportedTotalIsDeletedAndGoesWithItsAgreement() throws Exception {
		reportTheBodiesTotals();

		this.mvc.perform(get(AGREEMENT + "/totals/SIDE_A/SIDE_A/delete"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("bodies-6000-each: Russia / Russia")));
		this.mvc.perform(post(AGREEMENT + "/totals/SIDE_A/SIDE_A/delete").with(csrf()))
			.andExpect(redirectedUrl(ROUND + "#exchanges"));
		this.mvc.perform(get(AGREEMENT + "/totals/SIDE_A/SIDE_A/edit")).andExpect(status().isNotFound());

		this.mvc.perform(get(AGREEMENT + "/delete"))
			.andExpect(content().string(containsString("bodies-6000-each: Ukraine / Russia")));
		this.mvc.perform(post(AGREEMENT + "/delete").with(csrf())).andExpect(redirectedUrl(ROUND + "#exchanges"));
		this.mvc.perform(get(AGREEMENT + "/totals/SIDE_B/SIDE_A/edit")).andExpect(status().isNotFound());
	}

	/**
	 * Issue 16.4: the new-agreement form never says "first party" or "side A". In a round
	 * whose delegations are of two parties, those two are the agreement's parties at
	 * once, and each count is asked by its party's name.
	 */
	@Test
	void aNewAgreementInARoundOfTwoDelegationsIsBetweenTheirPartiesAndAsksEachCountByName() throws Exception {
		String form = this.mvc.perform(get(ROUND + "/exchanges/new"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		// In the order their delegations were entered: Ukraine's first.
		assertThat(form).containsPattern("value=\"ukraine\" id=\"sideA\\d+\" name=\"sideA\" checked")
			.containsPattern("value=\"russia\" id=\"sideB\\d+\" name=\"sideB\" checked")
			.contains("<label for=\"sideACount\">Ukraine is to receive",
					"<label for=\"sideBCount\">Russia is to receive", "How exact the count Russia is to receive is",
					"<div id=\"named-counts\" data-shown-when-chosen")
			.doesNotContainPattern("(?i)first party|second party|side [AB]\\b");
	}

	/**
	 * Where the round's delegations are not two, the parties are chosen first: the counts
	 * are asked once the form comes back with both, by their names, nothing saved
	 * meanwhile. The script does the same without sending the form, from the labels'
	 * templates.
	 */
	@Test
	void elsewhereThePartiesAreChosenFirstAndTheCountsThenAskedByTheirNames(@Autowired JdbcClient jdbc)
			throws Exception {
		jdbc.sql("delete from delegation where round_id = (select id from round where slug = 'istanbul-2025-06-02')")
			.update();
		long agreements = jdbc.sql("select count(*) from exchange_agreement").query(Long.class).single();

		String first = this.mvc.perform(get(ROUND + "/exchanges/new")).andReturn().getResponse().getContentAsString();
		assertThat(first).doesNotContainPattern("name=\"side[AB]\" checked")
			.contains("<div id=\"named-counts\" data-shown-when-chosen=\"sideA sideB\" hidden=\"hidden\">",
					"Choose both parties first: what each is to receive is then asked by its name.",
					"data-label=\"{0} is to receive (leave empty when not reported)\"")
			.doesNotContainPattern("(?i)first party|second party|side [AB]\\b");

		String named = this.mvc
			.perform(post(ROUND + "/exchanges/new").with(csrf())
				.param("version", "0")
				.param("slug", "typed-slug")
				.param("sideA", "turkey")
				.param("sideB", "ukraine")
				.param("find", "sideB"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(named)
			.contains("<label for=\"sideACount\">Turkey is to receive",
					"<label for=\"sideBCount\">Ukraine is to receive",
					"<div id=\"named-counts\" data-shown-when-chosen=\"sideA sideB\">", "value=\"typed-slug\"")
			.doesNotContain("class=\"error\"");
		assertThat(jdbc.sql("select count(*) from exchange_agreement").query(Long.class).single())
			.isEqualTo(agreements);
	}

	@Test
	void anAgreedCountHasItsPrecisionEverywhereItIsShown() throws Exception {
		this.mvc.perform(get(AGREEMENT + "/edit"))
			.andExpect(content().string(allOf(containsString("Russia is to receive"),
					containsString("How exact the count Ukraine is to receive is"),
					containsString("<option value=\"AT_LEAST\">at least this many</option>"))));
		this.mvc
			.perform(post(AGREEMENT + "/edit").with(csrf())
				.param("kind", "BODIES")
				.param("sideA", "russia")
				.param("sideACount", "6000")
				.param("sideACountPrecision", "ABOUT")
				.param("sideB", "ukraine")
				.param("sideBCount", "1200")
				.param("sideBCountPrecision", "AT_LEAST")
				.param("sources", "moscow-times-2025-06-02")
				.param("version", "0"))
			.andExpect(redirectedUrl(ROUND + "#exchanges"));

		this.mvc.perform(get("/rounds/istanbul-2025-06-02"))
			.andExpect(content()
				.string(allOf(containsString(">about 6,000</td>"), containsString(">at least 1,200</td>"))));
		// On /exchanges, in the bodies agreement's own section (round 3 agreed at least
		// 1,200 too).
		this.mvc.perform(get("/exchanges"))
			.andExpect(content().string(matchesPattern("(?s).*id=\"exchange-istanbul-2025-06-02-bodies-6000-each\""
					+ "(?:(?!</section>).)*>about 6,000</td>(?:(?!</section>).)*>at least 1,200</td>.*")));
		this.mvc.perform(get(AGREEMENT + "/edit"))
			.andExpect(content().string(containsString("<option value=\"ABOUT\" selected=\"selected\">")));
	}

}
