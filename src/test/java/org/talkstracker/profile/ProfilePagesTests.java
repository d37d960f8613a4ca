package org.talkstracker.profile;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.SqlStatements;
import org.talkstracker.datafile.DataFileImporter;
import org.talkstracker.datafile.GeneratedRounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@SpringBootTest
@AutoConfigureMockMvc
class ProfilePagesTests {

	/**
	 * The party, its delegations, its third-party roles, its proposals, its memoranda,
	 * the statements attributed to it, the statements disputing them, and the
	 * translations of the proposals' and statements' texts.
	 */
	private static final long PARTY_STATEMENTS = 9;

	/**
	 * The person with aliases, their delegation seats, their statements, the statements
	 * disputing them, and the translations of their texts.
	 */
	private static final long PERSON_STATEMENTS = 7;

	@Autowired
	MockMvc mvc;

	@Nested
	class Party {

		@Test
		void russiaAttendedRoundTwoWithMedinskyAsHead() throws Exception {
			ProfilePagesTests.this.mvc.perform(get("/parties/russia"))
				.andExpect(status().isOk())
				.andExpect(view().name("profile/party"))
				.andExpect(content().string(allOf(containsString("<h1>Russia</h1>"), containsString("State"),
						matchesRegex("(?s).*<a href=\"/rounds/istanbul-2025-06-02\">Round 2, Istanbul</a>.*"
								+ "Its own delegation,\\s*headed by\\s*<a href=\"/people/vladimir-medinsky\">Vladimir Medinsky</a>"
								+ " \\(Kremlin aide, former Culture Minister\\).*"))));
		}

		@Test
		void listsItsProposalsWithStatusLinkedToTheRound() throws Exception {
			ProfilePagesTests.this.mvc.perform(get("/parties/russia"))
				.andExpect(content().string(allOf(containsString(
						"href=\"/rounds/istanbul-2025-06-02#proposal-russia-short-ceasefire-to-recover-bodies\""),
						containsString(
								"href=\"/rounds/istanbul-2025-05-16#proposal-russia-withdrawal-from-four-regions\""),
						containsString("Proposed</span>"),
						// Newest round first.
						matchesRegex(
								"(?s).*recover bodies</span></a>.*four partially occupied regions</span></a>.*"))));
		}

		@Test
		void listsTheMemorandaItAuthoredAndTheStatementsAttributedToIt() throws Exception {
			ProfilePagesTests.this.mvc.perform(get("/parties/russia"))
				.andExpect(content().string(allOf(containsString("href=\"/memoranda/russian-memorandum-2025-06\""),
						not(containsString("href=\"/memoranda/ukrainian-memorandum-2025-06\"")),
						containsString("8 clauses reported"),
						containsString("Moscow threatened to take the Kharkiv and Sumy"),
						containsString(
								"href=\"/rounds/istanbul-2025-06-02#statement-medinsky-disputes-children-claims\""),
						containsString("Disputes Rustem Umerov"),
						containsString("href=\"/rounds/istanbul-2025-06-02#statement-umerov-children-list\""),
						containsString("The Economist"), containsString("id=\"source-2\""))));
		}

		@Test
		void ukraineShowsItsMemorandumWithItsClausesAndTheDisputeOfItsStatement() throws Exception {
			ProfilePagesTests.this.mvc.perform(get("/parties/ukraine"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("headed by"), containsString("Rustem Umerov"),
						containsString("href=\"/memoranda/ukrainian-memorandum-2025-06\""),
						containsString("8 clauses reported"), containsString("Disputed by Vladimir Medinsky"),
						containsString("#proposal-ukraine-third-meeting-in-june"))));
		}

		@Test
		void turkeyHostedBothRoundsNewestFirst() throws Exception {
			ProfilePagesTests.this.mvc.perform(get("/parties/turkey"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(
						matchesRegex(
								"(?s).*Round 2, Istanbul</a>.*<td>Host</td>.*Round 1, Istanbul</a>.*<td>Host</td>.*"),
						containsString("No proposal of it is recorded"),
						containsString("No memorandum of it is recorded"),
						containsString("No statement attributed to it is recorded"))));
		}

		@Test
		void theUnitedStatesMediatedAndSpokeWithOrWithoutARound() throws Exception {
			ProfilePagesTests.this.mvc.perform(get("/parties/united-states"))
				.andExpect(content()
					.string(allOf(containsString("<td>Mediator</td>"), containsString("href=\"/people/donald-trump\""),
							containsString("mediator if the talks made no progress"),
							containsString("White House said Trump was willing"),
							containsString("#statement-kellogg-merge-memoranda"))));
		}

		@Test
		void runsAFixedNumberOfStatements() throws Exception {
			long statements = new SqlStatements().countWhile(
					() -> ProfilePagesTests.this.mvc.perform(get("/parties/russia")).andExpect(status().isOk()));

			assertThat(statements).isEqualTo(PARTY_STATEMENTS);
		}

	}

	@Nested
	class Person {

		@Test
		void umerovWasDefenceMinisterAtRoundTwoAndHasOtherSpellings() throws Exception {
			ProfilePagesTests.this.mvc.perform(get("/people/rustem-umerov"))
				.andExpect(status().isOk())
				.andExpect(view().name("profile/person"))
				.andExpect(content().string(allOf(containsString("<h1>Rustem Umerov</h1>"),
						containsString("Also written: Umierov, Рустем Умєров"),
						matchesRegex("(?s).*Round 2, Istanbul</a>.*href=\"/parties/ukraine\">Ukraine</a></td>\\s*"
								+ "<td>Head of delegation</td>\\s*<td>Defence Minister</td>.*"))));
		}

		@Test
		void listsTheStatementsMadeWithTheTitleThenAndALinkToTheRound() throws Exception {
			ProfilePagesTests.this.mvc.perform(get("/people/rustem-umerov"))
				.andExpect(content().string(allOf(containsString("Rustem Umerov</a>, Defence Minister"),
						containsString("href=\"/rounds/istanbul-2025-06-02#statement-umerov-children-list\""),
						containsString("about 2 June 2025"), containsString("“extremely important”"),
						containsString("Disputed by Vladimir Medinsky"),
						containsString(
								"href=\"/rounds/istanbul-2025-06-02#statement-medinsky-disputes-children-claims\""),
						containsString("Ukrainian state media"))));
		}

		@Test
		void medinskyDisputesUmerov() throws Exception {
			ProfilePagesTests.this.mvc.perform(get("/people/vladimir-medinsky"))
				.andExpect(content().string(allOf(containsString("Also written: Medinskiy, Владимир Мединский"),
						containsString("Kremlin aide, former Culture Minister"),
						containsString("Disputes Rustem Umerov"))));
		}

		@Test
		void aPersonWithoutDelegationSeatOrRoundStillShowsWhatTheySaid() throws Exception {
			ProfilePagesTests.this.mvc.perform(get("/people/donald-trump"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(not(containsString("Also written")),
						containsString("No published round records this person in a delegation."),
						containsString("Donald Trump</a>, U.S. President"), not(containsString("#statement-")))));
		}

		@Test
		void runsAFixedNumberOfStatements() throws Exception {
			long statements = new SqlStatements().countWhile(
					() -> ProfilePagesTests.this.mvc.perform(get("/people/rustem-umerov")).andExpect(status().isOk()));

			assertThat(statements).isEqualTo(PERSON_STATEMENTS);
		}

	}

	@Nested
	class BadInput {

		@Test
		void unknownPartyIsA404Page() throws Exception {
			ProfilePagesTests.this.mvc.perform(get("/parties/no-such-party"))
				.andExpect(status().isNotFound())
				.andExpect(content().string(allOf(containsString("Page not found"), not(containsString("Exception")))));
		}

		@Test
		void unknownPersonIsA404Page() throws Exception {
			ProfilePagesTests.this.mvc.perform(get("/people/no-such-person"))
				.andExpect(status().isNotFound())
				.andExpect(content().string(allOf(containsString("Page not found"), not(containsString("Exception")))));
		}

	}

	/** Generated data is rolled back after each test, so it never shows elsewhere. */
	@Nested
	@Transactional
	class GeneratedData {

		/**
		 * Umerov at a later round with another title, and a statement with that title.
		 */
		private static final String LATER_ROUND = """
				{"format": "talks-tracker/1", "sources": [], "parties": [], "people": [],
				 "processes": [{"slug": "later", "name": "Later process", "parties": ["russia", "ukraine"],
				   "rounds": [{"slug": "later-round", "number": 1, "status": "held", "published": true,
				     "city": "Genève", "heldOn": "2030-01-15", "sources": ["moscow-times-2025-06-02"],
				     "delegations": [{"party": "ukraine", "sources": ["moscow-times-2025-06-02"],
				       "members": [{"person": "rustem-umerov", "title": "Generated later title", "role": "member"}]}]}],
				   "statements": [{"slug": "later-statement", "round": "later-round", "speaker": "rustem-umerov",
				     "speakerTitle": "Generated later title", "party": "ukraine", "text": "Later statement",
				     "sources": ["moscow-times-2025-06-02"]}]}]}
				""";

		/** A published statement disputing one made at a round that is still a draft. */
		private static final String DISPUTED_DRAFT = """
				{"format": "talks-tracker/1", "sources": [], "parties": [], "people": [],
				 "processes": [{"slug": "mixed", "name": "Mixed process", "parties": ["russia", "ukraine"],
				   "rounds": [
				     {"slug": "mixed-published", "number": 1, "status": "held", "published": true, "city": "Genève",
				      "heldOn": "2030-01-15", "sources": ["moscow-times-2025-06-02"]},
				     {"slug": "mixed-draft", "number": 2, "status": "held", "published": false, "city": "Genève",
				      "heldOn": "2030-02-15", "sources": ["moscow-times-2025-06-02"]}],
				   "statements": [
				     {"slug": "hidden-claim", "round": "mixed-draft", "speaker": "rustem-umerov", "party": "ukraine",
				      "text": "Hidden claim", "sources": ["moscow-times-2025-06-02"]},
				     {"slug": "visible-rebuttal", "round": "mixed-published", "speaker": "vladimir-medinsky",
				      "party": "russia", "text": "Visible rebuttal", "disputes": "hidden-claim",
				      "sources": ["moscow-times-2025-06-02"]}]}]}
				""";

		/**
		 * A party and a person that appear at one round only, with a proposal and a
		 * statement there.
		 */
		private static final String ONE_ROUND_ONLY = """
				{"format": "talks-tracker/1", "sources": [],
				 "parties": [{"slug": "one-round-party", "name": "One-round party", "kind": "organisation"}],
				 "people": [{"slug": "one-round-negotiator", "name": "One-round negotiator"}],
				 "processes": [{"slug": "one-round", "name": "One-round process", "parties": ["russia", "one-round-party"],
				   "rounds": [{"slug": "one-round-2030", "number": 1, "status": "held", "published": %s,
				     "city": "Genève", "heldOn": "2030-01-15", "sources": ["moscow-times-2025-06-02"],
				     "delegations": [{"party": "one-round-party", "sources": ["moscow-times-2025-06-02"],
				       "members": [{"person": "one-round-negotiator", "role": "head"}]}],
				     "proposals": [{"slug": "one-round-proposal", "party": "one-round-party", "category": "humanitarian",
				       "title": "One-round proposal", "status": "proposed", "sources": ["moscow-times-2025-06-02"]}]}],
				   "statements": [{"slug": "one-round-statement", "round": "one-round-2030",
				     "speaker": "one-round-negotiator", "party": "one-round-party", "text": "One-round statement",
				     "sources": ["moscow-times-2025-06-02"]}]}]}
				""";

		@Autowired
		DataFileImporter importer;

		@Autowired
		EntityManager entityManager;

		@Autowired
		JdbcTemplate jdbc;

		private void importOneRound(boolean published) {
			this.importer.importFile("one-round",
					new ByteArrayInputStream(ONE_ROUND_ONLY.formatted(published).getBytes(StandardCharsets.UTF_8)));
			this.entityManager.clear();
		}

		@Test
		void aPersonOrPartyOnlyInADraftRoundHasNoPage() throws Exception {
			importOneRound(false);

			notFound("/people/one-round-negotiator");
			notFound("/parties/one-round-party");
		}

		@Test
		void aPersonOrPartyOnlyInAWithdrawnRoundHasNoPageAnyMore() throws Exception {
			importOneRound(true);
			page("/people/one-round-negotiator");
			page("/parties/one-round-party");

			mvc()
				.perform(post("/admin/rounds/one-round-2030/withdraw").with(user("olena").roles("EDITOR"))
					.with(csrf())
					.param("reason", "Entered in the wrong process."))
				.andExpect(status().is3xxRedirection());

			notFound("/people/one-round-negotiator");
			notFound("/parties/one-round-party");
		}

		@Test
		void aPersonInNothingPublishedYetHasNoPage() throws Exception {
			this.jdbc.update("insert into person (slug, name) values ('newly-entered', 'Newly entered')");
			this.jdbc.update("insert into party (slug, name, kind) values ('newly-entered', 'Newly entered', 'STATE')");

			notFound("/people/newly-entered");
			notFound("/parties/newly-entered");
		}

		private void notFound(String url) throws Exception {
			this.entityManager.clear();
			mvc().perform(get(url))
				.andExpect(status().isNotFound())
				.andExpect(content().string(allOf(containsString("Page not found"), not(containsString("One-round")))));
		}

		@Test
		void aPersonsTitleIsTheOneHeldAtEachRoundNewestFirst() throws Exception {
			this.importer.importFile("later", new ByteArrayInputStream(LATER_ROUND.getBytes(StandardCharsets.UTF_8)));
			this.entityManager.clear();

			mvc().perform(get("/people/rustem-umerov"))
				.andExpect(content().string(allOf(
						matchesRegex("(?s).*Round 1, Genève</a>.*<td>Member</td>\\s*<td>Generated later title</td>.*"
								+ "Round 2, Istanbul</a>.*<td>Head of delegation</td>\\s*<td>Defence Minister</td>.*"),
						containsString("Rustem Umerov</a>, Generated later title"),
						containsString("Rustem Umerov</a>, Defence Minister"))));
		}

		@Test
		void draftsAreNeverShown() throws Exception {
			this.importer.importFile("draft", GeneratedRounds.process("draft", 1, false));
			this.entityManager.clear();

			mvc().perform(get("/people/rustem-umerov"))
				.andExpect(content().string(allOf(not(containsString("Genève")), not(containsString("Statement 1")))));
			mvc().perform(get("/parties/ukraine"))
				.andExpect(content().string(allOf(not(containsString("Genève")), not(containsString("Proposal 1")),
						not(containsString("Memorandum 1")), not(containsString("Statement 1")))));
		}

		@Test
		void aDisputeOfAStatementOfADraftRoundDoesNotRevealIt() throws Exception {
			this.importer.importFile("mixed",
					new ByteArrayInputStream(DISPUTED_DRAFT.getBytes(StandardCharsets.UTF_8)));
			this.entityManager.clear();

			mvc().perform(get("/people/vladimir-medinsky"))
				.andExpect(content()
					.string(allOf(containsString("Visible rebuttal"), not(containsString("Hidden claim")))));
			mvc().perform(get("/parties/russia"))
				.andExpect(content()
					.string(allOf(containsString("Visible rebuttal"), not(containsString("Hidden claim")))));
			mvc().perform(get("/people/rustem-umerov"))
				.andExpect(content()
					.string(allOf(not(containsString("Visible rebuttal")), not(containsString("Hidden claim")))));
		}

		@Test
		void statementCountsDoNotGrowWithTheData() throws Exception {
			this.importer.importFile("small", GeneratedRounds.process("small", 1, true));
			long smallParty = count("/parties/ukraine", "Memorandum 1");
			long smallPerson = count("/people/rustem-umerov", "Statement 1");

			this.importer.importFile("large", GeneratedRounds.process("large", 25, true));
			long largeParty = count("/parties/ukraine", "Memorandum 25");
			long largePerson = count("/people/rustem-umerov", "Disputed by Rustem Umerov");
			long largeOtherParty = count("/parties/russia", "Proposal 24");
			long largeOtherPerson = count("/people/vladimir-medinsky", "Genève");

			assertThat(smallParty).isEqualTo(PARTY_STATEMENTS);
			assertThat(largeParty).isEqualTo(PARTY_STATEMENTS);
			assertThat(largeOtherParty).isEqualTo(PARTY_STATEMENTS);
			assertThat(smallPerson).isEqualTo(PERSON_STATEMENTS);
			assertThat(largePerson).isEqualTo(PERSON_STATEMENTS);
			assertThat(largeOtherPerson).isEqualTo(PERSON_STATEMENTS);
		}

		/**
		 * Umerov made the 45 generated statements (undated, so after the dated ones,
		 * newest recorded first) for Ukraine: the second page of them goes on where the
		 * first stops.
		 */
		@Test
		void theSecondPageOfStatementsGoesOnWhereTheFirstStops() throws Exception {
			this.importer.importFile("large", GeneratedRounds.process("large", 45, true));
			this.entityManager.clear();

			for (String profile : new String[] { "/parties/ukraine", "/people/rustem-umerov" }) {
				List<Integer> first = statementNumbers(page(profile));
				List<Integer> second = statementNumbers(page(profile + "?statements=2"));
				List<Integer> third = statementNumbers(page(profile + "?statements=3"));

				List<Integer> all = new ArrayList<>(first);
				all.addAll(second);
				all.addAll(third);
				assertThat(second).isNotEmpty();
				assertThat(all).as(profile)
					.isEqualTo(IntStream.iterate(45, (i) -> i >= 1, (i) -> i - 1).boxed().toList());
			}
		}

		@Test
		void eachListsPagerKeepsThePagesOfTheOthers() throws Exception {
			this.importer.importFile("large", GeneratedRounds.process("large", 45, true));
			this.entityManager.clear();

			String page = page("/parties/ukraine?proposals=2&statements=2");

			// Ukraine made 23 of the generated proposals and the reference data's 4.
			assertThat(page).contains("Proposals made (27)", "aria-label=\"Pages of statements attributed to it\"",
					"href=\"/parties/ukraine?proposals=2&amp;statements=1#statements\" rel=\"prev\"",
					"href=\"/parties/ukraine?statements=2&amp;proposals=1#proposals\" rel=\"prev\"",
					"href=\"/parties/ukraine?proposals=2&amp;statements=2&amp;memoranda=2#memoranda\" rel=\"next\"");
		}

		private String page(String url) throws Exception {
			this.entityManager.clear();
			return mvc().perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		}

		/** The numbers of the generated statements a page shows, in its order. */
		private static List<Integer> statementNumbers(String page) {
			Matcher statement = Pattern.compile("<p><span lang=\"en\">Statement (\\d+)<").matcher(page);
			List<Integer> numbers = new ArrayList<>();
			while (statement.find()) {
				numbers.add(Integer.valueOf(statement.group(1)));
			}
			return numbers;
		}

		/**
		 * The statements a page runs from a cold persistence context: the test's
		 * transaction would otherwise hand it entities that an import or an earlier page
		 * already loaded.
		 */
		private long count(String url, String expected) throws Exception {
			this.entityManager.clear();
			return new SqlStatements()
				.countWhile(() -> mvc().perform(get(url)).andExpect(content().string(containsString(expected))));
		}

		private MockMvc mvc() {
			return ProfilePagesTests.this.mvc;
		}

	}

}
