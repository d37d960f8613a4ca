package org.talkstracker.summary;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.SqlStatements;
import org.talkstracker.datafile.DataFileImporter;
import org.talkstracker.datafile.GeneratedRounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@SpringBootTest
@AutoConfigureMockMvc
class RoundPageTests {

	private static final String ROUND_ONE = "/rounds/istanbul-2025-05-16";

	private static final String ROUND_TWO = "/rounds/istanbul-2025-06-02";

	private static final String ROUND_THREE = "/rounds/istanbul-2025-07-23";

	@Autowired
	MockMvc mvc;

	@Test
	void roundPageNamesBothHeadsOfDelegationWithTheirTitlesThen() throws Exception {
		this.mvc.perform(get(ROUND_TWO))
			.andExpect(status().isOk())
			.andExpect(view().name("round/show"))
			.andExpect(content().string(allOf(containsString("Round 2, Istanbul"), containsString("Rustem Umerov"),
					containsString("Defence Minister"), containsString("Vladimir Medinsky"),
					containsString("Kremlin aide, former Culture Minister"), containsString("Head of delegation"))));
	}

	@Test
	void roundPageShowsProposalsByPartyWithTheirStatus() throws Exception {
		this.mvc.perform(get(ROUND_TWO))
			.andExpect(
					content().string(allOf(containsString("Proposed by Russia"), containsString("Proposed by Ukraine"),
							containsString("third meeting"), containsString("Proposed</span>"))));
	}

	@Test
	void roundPageShowsExchangesAgreedAgainstFulfilled() throws Exception {
		this.mvc.perform(get(ROUND_TWO))
			.andExpect(content().string(allOf(containsString("Bodies of the killed"), containsString("6,000"),
					containsString("<span class=\"received\">7,057</span>"), containsString("Prisoners of war"),
					containsString("seriously wounded"), containsString("withheld"))));
		this.mvc.perform(get(ROUND_THREE))
			.andExpect(content().string(allOf(containsString("Prisoners of war"),
					containsString(">at least 1,200</td>"), containsString("no stage reported"))));
	}

	/**
	 * Round 1 shows both delegations side by side, each with its head, members (and
	 * Russia's experts) with their titles then.
	 */
	@Test
	void roundOneShowsBothDelegations() throws Exception {
		String page = flat(ROUND_ONE);

		assertThat(page).contains("Dolmabahçe Presidential Working Office",
				"<section class=\"delegation\" aria-label=\"Ukraine\">",
				"<section class=\"delegation\" aria-label=\"Russia\">",
				member("rustem-umerov", "Rustem Umerov", "Head of delegation", "Defence Minister"),
				member("serhiy-kyslytsya", "Serhiy Kyslytsya", "Member", "First Deputy Foreign Minister"),
				member("vladimir-medinsky", "Vladimir Medinsky", "Head of delegation", "Kremlin aide"),
				member("igor-kostyukov", "Igor Kostyukov", "Member",
						"Head of the GRU, Russia&#39;s military intelligence"),
				"<a href=\"/people/alexander-zorin\">Alexander Zorin</a></strong> <span class=\"role\">Expert</span>");
	}

	/**
	 * Umerov headed Ukraine's delegation at rounds 1 and 2 as Defence Minister and at
	 * round 3 as Secretary of the National Security and Defence Council: each round keeps
	 * the title he held then.
	 */
	@Test
	void eachRoundKeepsTheTitleItsDelegatesHeldThen() throws Exception {
		String umerov = "Rustem Umerov";
		assertThat(flat(ROUND_ONE)).contains(member("rustem-umerov", umerov, "Head of delegation", "Defence Minister"));
		assertThat(flat(ROUND_TWO)).contains(member("rustem-umerov", umerov, "Head of delegation", "Defence Minister"));
		assertThat(flat(ROUND_THREE))
			.contains(member("rustem-umerov", umerov, "Head of delegation",
					"Secretary of the National Security and Defence Council"))
			.doesNotContain(">Defence Minister<");
	}

	/** A source that relies on unnamed officials is marked so where it is listed. */
	@Test
	void anonymousReportsAreMarked() throws Exception {
		assertThat(flat(ROUND_ONE)).containsPattern("<strong>Hindustan Times</strong>, <cite>[^<]*</cite>, "
				+ "16 May 2025 <span class=\"badge\">Anonymous</span>");
		assertThat(flat(ROUND_TWO))
			.containsPattern("<strong>Axios</strong>, <cite>[^<]*</cite> <span class=\"badge\">Anonymous</span>");
	}

	@Test
	void roundPageShowsTheRussianMemorandumWithItsWithdrawalCondition() throws Exception {
		this.mvc.perform(get(ROUND_TWO))
			.andExpect(content().string(allOf(containsString("Memoranda delivered"),
					containsString("Ceasefire conditions"), containsString("four regions"))));
	}

	@Test
	void disputesAreLinkedBothWays() throws Exception {
		this.mvc.perform(get(ROUND_TWO))
			.andExpect(content()
				.string(allOf(containsString("Disputes Rustem Umerov"), containsString("Disputed by Vladimir Medinsky"),
						containsString("href=\"#statement-umerov-children-list\""),
						containsString("id=\"statement-umerov-children-list\""))));
	}

	@Test
	void everySourceIsListedAndCited() throws Exception {
		this.mvc.perform(get(ROUND_TWO))
			.andExpect(content().string(allOf(containsString("id=\"source-1\""), containsString("The Moscow Times"),
					containsString("href=\"#source-1\""), containsString("Cite this page"),
					containsString("http://localhost/rounds/istanbul-2025-06-02"))));
	}

	@Test
	void roundPageLinksThePreviousRound() throws Exception {
		this.mvc.perform(get(ROUND_TWO))
			.andExpect(content().string(containsString("href=\"/rounds/istanbul-2025-05-16\"")));
	}

	@Test
	void roundPageRunsAFixedNumberOfStatements() throws Exception {
		long statements = new SqlStatements()
			.countWhile(() -> this.mvc.perform(get(ROUND_TWO)).andExpect(status().isOk()));
		assertThat(statements).isEqualTo(RoundPageStatements.PAGE);
	}

	/** Generated rounds are rolled back after each test, so they never show elsewhere. */
	@Nested
	@Transactional
	class GeneratedData {

		@Autowired
		DataFileImporter importer;

		@Autowired
		EntityManager entityManager;

		@Test
		void statementCountDoesNotGrowWithTheRound() throws Exception {
			this.importer.importFile("small", GeneratedRounds.process("small", 1, true));
			this.importer.importFile("large", GeneratedRounds.process("large", 25, true));
			// The imported entities must not be in the persistence context, or they would
			// hide lazy loads.
			this.entityManager.flush();
			this.entityManager.clear();
			SqlStatements statements = new SqlStatements();

			long small = statements.countWhile(() -> RoundPageTests.this.mvc.perform(get("/rounds/small-round"))
				.andExpect(content().string(containsString("Proposal 1"))));
			long large = statements.countWhile(() -> RoundPageTests.this.mvc.perform(get("/rounds/large-round"))
				.andExpect(content().string(containsString("Proposal 25"))));

			assertThat(small).isEqualTo(RoundPageStatements.PAGE);
			assertThat(large).isEqualTo(RoundPageStatements.PAGE);
		}

		@Test
		void differingReportsOfAStageAreFlagged() throws Exception {
			this.importer.importFile("stages", GeneratedRounds.process("stages", 1, true));

			RoundPageTests.this.mvc.perform(get("/rounds/stages-round"))
				.andExpect(content()
					.string(allOf(containsString("figures differ"), containsString("30 per Russia, 25 per Ukraine"),
							// Russia received 30, then 25 or 30 as the sides report it:
							// the lower figure counts.
							containsString("class=\"received\">55<"), containsString("class=\"received\">60<"))));
		}

		@Test
		void draftsAreNeverShown() throws Exception {
			this.importer.importFile("draft", GeneratedRounds.process("draft", 1, false));

			RoundPageTests.this.mvc.perform(get("/rounds/draft-round")).andExpect(status().isNotFound());
		}

	}

	@Nested
	class BadInput {

		@Test
		void unknownRoundIsA404PageInTheSiteLayout() throws Exception {
			RoundPageTests.this.mvc.perform(get("/rounds/no-such-round"))
				.andExpect(status().isNotFound())
				.andExpect(content().string(allOf(containsString("Page not found"), containsString("Talks Tracker"),
						not(containsString("Exception")))));
		}

	}

	/** The round page with its white space run together. */
	private String flat(String url) throws Exception {
		return this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("\\s+", " ");
	}

	/** A delegate as the round page lists them: name, role and title. */
	private static String member(String slug, String name, String role, String title) {
		return "<strong><a href=\"/people/" + slug + "\">" + name + "</a></strong> <span class=\"role\">" + role
				+ "</span> <span class=\"title\">" + title + "</span>";
	}

}
