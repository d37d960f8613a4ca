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

	private static final String ROUND_TWO = "/rounds/istanbul-2025-06-02";

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
					containsString("no stage reported"), containsString("Prisoners of war"),
					containsString("seriously injured"))));
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
		assertThat(statements).isEqualTo(RoundPageStatements.EXPECTED);
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

			assertThat(small).isEqualTo(RoundPageStatements.EXPECTED);
			assertThat(large).isEqualTo(RoundPageStatements.EXPECTED);
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

}
