package org.talkstracker.round;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A published round and each fact shown on it cite at least one source at every save, not
 * only at the moment of publishing: a save that would leave one unsourced is refused
 * beside the sources, as typed, and nothing is written; the schema refuses it at commit.
 * A draft may be saved unsourced, to be completed before it is published.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(roles = "EDITOR")
class PublishedRoundSourcesTests {

	static final String ROUND = "/admin/rounds/" + RoundAdminTests.ROUND_TWO;

	static final String REFUSED = "This round is published: cite at least one source";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void deselectingEverySourceOfAPublishedRoundIsRefused() throws Exception {
		this.mvc
			.perform(post(ROUND + "/edit").with(csrf())
				.param("process", "russia-ukraine-direct-talks-2025")
				.param("number", "2")
				.param("status", "HELD")
				.param("heldOn", "2025-06-02")
				.param("city", "Kept as typed")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "sources",
					"constraint.published_round_facts_cite_sources"))
			.andExpect(content().string(allOf(containsString(REFUSED), containsString("value=\"Kept as typed\""))));
		assertThat(this.jdbc.queryForObject(
				"""
						select count(*) from citation c join round r on r.id = c.round_id where r.slug = 'istanbul-2025-06-02'""",
				Integer.class))
			.isPositive();
	}

	@Test
	void aProposalWithoutASourceIsRefusedOnAPublishedRound() throws Exception {
		this.mvc.perform(proposal(ROUND))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "sources",
					"constraint.published_round_facts_cite_sources"))
			.andExpect(content().string(containsString(REFUSED)));
		assertThat(this.jdbc.queryForObject("select count(*) from proposal where slug = 'unsourced'", Integer.class))
			.isZero();
	}

	@Test
	void aHandoverWithoutASourceIsRefusedOnAPublishedRound() throws Exception {
		this.mvc
			.perform(post(ROUND + "/exchanges/bodies-6000-each/stages/new").with(csrf())
				.param("sequence", "7")
				.param("occurredOn", "2025-06-09")
				.param("occurredPrecision", "DAY")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "sources",
					"constraint.published_round_facts_cite_sources"));
		// The reference data holds six stages of the agreement; the seventh was not kept.
		assertThat(this.jdbc.queryForObject("select count(*) from exchange_stage where sequence = 7 and agreement_id = "
				+ "(select id from exchange_agreement where slug = 'bodies-6000-each')", Integer.class))
			.isZero();
	}

	@Test
	void aDelegationWithoutASourceIsRefusedOnAPublishedRound() throws Exception {
		this.mvc.perform(post(ROUND + "/delegations/new").with(csrf()).param("party", "turkey").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "sources",
					"constraint.published_round_facts_cite_sources"));
	}

	@Test
	void aDraftRoundsFactMayWaitForItsSource() throws Exception {
		this.mvc.perform(RoundAdminTests.newRound("istanbul-draft", "9")).andExpect(status().is3xxRedirection());
		this.mvc.perform(proposal("/admin/rounds/istanbul-draft")).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select count(*) from proposal where slug = 'unsourced'", Integer.class))
			.isOne();
	}

	/**
	 * A clause is covered by its memorandum's sources, as in the data file: the clause
	 * form, publishing and the schema all let it cite none of its own.
	 */
	@Test
	void aClauseOfAPublishedRoundsMemorandumMayRestOnTheMemorandumsSources() throws Exception {
		this.mvc
			.perform(post("/admin/memoranda/russian-memorandum-2025-06/clauses/new").with(csrf())
				.param("number", "9")
				.param("topic", "TERRITORY")
				.param("text", "A clause only the memorandum's reports mention")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		commitChecks();
		this.mvc.perform(post(ROUND + "/withdraw").with(csrf()).param("reason", "Checking the memorandum's clauses"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post(ROUND + "/publish").with(csrf()))
			.andExpect(flash().attribute("notice", "admin.round.published"));
		commitChecks();
	}

	@Test
	void theSchemaRefusesAnUnsourcedFactOnAPublishedRoundAtCommit() {
		this.jdbc.update("""
				insert into proposal (round_id, slug, party_id, category, title, status, position)
				select r.id, 'unsourced', p.id, 'CEASEFIRE', 'A proposal no report mentions', 'PROPOSED', 99
				from round r, party p where r.slug = 'istanbul-2025-06-02' and p.slug = 'ukraine'""");
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(this::commitChecks)
			.withMessageContaining("published_round_facts_cite_sources");
	}

	@Test
	void theSchemaRefusesAPublishedRoundLeftWithoutSourcesButNotTheirReplacement() {
		String roundCitations = "citation where round_id = (select id from round where slug = 'istanbul-2025-06-02')";
		Integer source = this.jdbc.queryForObject("select source_id from " + roundCitations + " limit 1",
				Integer.class);
		this.jdbc.update("delete from " + roundCitations);
		this.jdbc.update("""
				insert into citation (source_id, round_id, position)
				select ?, id, 0 from round where slug = 'istanbul-2025-06-02'""", source);
		commitChecks();
		this.jdbc.update("delete from " + roundCitations);
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(this::commitChecks)
			.withMessageContaining("published_round_facts_cite_sources");
	}

	/**
	 * Runs the checks the schema defers to the commit (the test's transaction is rolled
	 * back).
	 */
	private void commitChecks() {
		this.jdbc.execute("set constraints all immediate");
		this.jdbc.execute("set constraints all deferred");
	}

	private static MockHttpServletRequestBuilder proposal(String round) {
		return post(round + "/proposals/new").with(csrf())
			.param("slug", "unsourced")
			.param("party", "ukraine")
			.param("category", "CEASEFIRE")
			.param("title", "A proposal no report mentions")
			.param("status", "PROPOSED")
			.param("version", "0");
	}

}
