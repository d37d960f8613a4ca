package org.talkstracker.summary;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.TestClock;
import org.talkstracker.datafile.DataFileImporter;
import org.talkstracker.datafile.DataFileWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A round's "last updated" moves with any edit of its facts, not only of the round
 * itself: the round page, its downloads and the editors' list of rounds read it. (The
 * feed has an entry per release, made as a change commits: see RoundReleaseTests.)
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(roles = "EDITOR")
class LastUpdatedTests {

	static final String ROUND = "/admin/rounds/istanbul-2025-06-02";

	static final String SOURCE = "moscow-times-2025-06-02";

	static final Instant EDITED = Instant.parse("2031-03-04T10:15:30Z");

	static final String THIRD_MEETING = ROUND + "/proposals/ukraine-third-meeting-in-june";

	static final String SHOWN = "<time datetime=\"2031-03-04T10:15:30Z\">4 March 2031</time>";

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Autowired
	DataFileWriter dataFiles;

	@Autowired
	DataFileImporter importer;

	@BeforeEach
	void editLater() {
		((TestClock) this.clock).set(EDITED);
	}

	@AfterEach
	void letGoOfTheClock() {
		((TestClock) this.clock).letGo();
	}

	/**
	 * One save of every kind an editor makes to the facts of round 2 (added, changed,
	 * deleted).
	 */
	static Stream<Arguments> edits() {
		return Stream.of(
				edit("a delegation added",
						post(ROUND + "/delegations/new").param("party", "turkey").param("sources", SOURCE)),
				edit("a delegation changed",
						post(ROUND + "/delegations/ukraine/edit").param("sources", SOURCE,
								"economist-russian-threat-kharkiv-sumy")),
				edit("a delegation deleted", post(ROUND + "/delegations/russia/delete")),
				edit("a member seated",
						post(ROUND + "/delegations/ukraine/members/new").param("person", "volodymyr-zelensky")
							.param("role", "MEMBER")),
				edit("a member changed",
						post(ROUND + "/delegations/ukraine/members/rustem-umerov/edit").param("title", "Minister")
							.param("role", "HEAD")),
				edit("a member unseated", post(ROUND + "/delegations/ukraine/members/rustem-umerov/delete")),
				edit("a third party added",
						post(ROUND + "/third-parties/new").param("party", "france")
							.param("role", "MEDIATOR")
							.param("sources", SOURCE)),
				edit("a third party changed",
						post(ROUND + "/third-parties/turkey/HOST/edit").param("note", "Hosts")
							.param("sources", SOURCE)),
				edit("a third party deleted", post(ROUND + "/third-parties/germany/OBSERVER/delete")),
				edit("a proposal added", proposal(ROUND + "/proposals/new", "ukraine-fourth-meeting")),
				edit("a proposal changed", proposal(THIRD_MEETING + "/edit", "ukraine-third-meeting-in-june")),
				edit("a proposal deleted", post(THIRD_MEETING + "/delete")),
				edit("an exchange added", exchange(ROUND + "/exchanges/new", "bodies-more")),
				edit("an exchange changed", exchange(ROUND + "/exchanges/bodies-6000-each/edit", "bodies-6000-each")),
				edit("an exchange deleted", post(ROUND + "/exchanges/bodies-6000-each/delete")),
				edit("a stage added",
						post(ROUND + "/exchanges/bodies-6000-each/stages/new").param("sequence", "7")
							.param("occurredOn", "2025-06-11")
							.param("occurredPrecision", "DAY")
							.param("sources", SOURCE)),
				edit("a memorandum added", memorandum("/admin/memoranda/new", "ukrainian-memorandum-2025-07")),
				edit("a memorandum changed",
						memorandum("/admin/memoranda/russian-memorandum-2025-06/edit", "russian-memorandum-2025-06")),
				edit("a memorandum deleted", post("/admin/memoranda/ukrainian-memorandum-2025-06/delete")),
				edit("a clause added", clause("/admin/memoranda/russian-memorandum-2025-06/clauses/new", "9")),
				edit("a clause changed", clause("/admin/memoranda/russian-memorandum-2025-06/clauses/1/edit", "1")),
				edit("a clause deleted", post("/admin/memoranda/russian-memorandum-2025-06/clauses/1/delete")),
				edit("a statement added", statement("/admin/statements/new", "umerov-new", "istanbul-2025-06-02")),
				edit("a statement changed",
						statement("/admin/statements/russia-ukraine-direct-talks-2025/kellogg-merge-memoranda/edit",
								"kellogg-merge-memoranda", "istanbul-2025-06-02")),
				edit("a statement deleted",
						post("/admin/statements/russia-ukraine-direct-talks-2025/kellogg-merge-memoranda/delete")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("edits")
	void anEditOfTheRoundsFactsMovesItsLastUpdate(String edit, MockHttpServletRequestBuilder save) throws Exception {
		this.mvc.perform(get("/rounds/istanbul-2025-06-02")).andExpect(content().string(not(containsString(SHOWN))));

		this.mvc.perform(save.with(csrf()).param("version", "0")).andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/rounds/istanbul-2025-06-02")).andExpect(content().string(containsString(SHOWN)));
		this.mvc.perform(get("/admin/rounds")).andExpect(content().string(containsString("4 March 2031 10:15")));
	}

	@Test
	void editingAProposalShowsTheNewTimeOnTheRoundPageAndItsDownloads() throws Exception {
		this.mvc
			.perform(proposal(THIRD_MEETING + "/edit", "ukraine-third-meeting-in-june").with(csrf())
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/rounds/istanbul-2025-06-02")).andExpect(content().string(containsString(SHOWN)));
		this.mvc.perform(get("/rounds/istanbul-2025-06-02/summary.md"))
			.andExpect(content().string(containsString("4 March 2031")));
	}

	@Test
	void anImportThatChangesOnlyAProposalMovesItsRoundAndNoOther() throws Exception {
		String file = new String(this.dataFiles.round("istanbul-2025-06-02").orElseThrow(), StandardCharsets.UTF_8);
		String corrected = file.replace("he said the topic of children was a central part of the discussions.",
				"he said the topic of children was one part of the discussions.");
		assertThat(corrected).isNotEqualTo(file);

		this.importer.importFile("corrected.json",
				new ByteArrayInputStream(corrected.getBytes(StandardCharsets.UTF_8)));

		this.mvc.perform(get("/rounds/istanbul-2025-06-02")).andExpect(content().string(containsString(SHOWN)));
		this.mvc.perform(get("/rounds/istanbul-2025-05-16")).andExpect(content().string(not(containsString(SHOWN))));
	}

	@Test
	void anImportThatChangesNothingMovesNothing() throws Exception {
		byte[] file = this.dataFiles.round("istanbul-2025-06-02").orElseThrow();

		this.importer.importFile("unchanged.json", new ByteArrayInputStream(file));

		this.mvc.perform(get("/rounds/istanbul-2025-06-02")).andExpect(content().string(not(containsString(SHOWN))));
	}

	@Test
	void aStatementMovedToAnotherRoundMovesBothRounds() throws Exception {
		this.mvc
			.perform(statement("/admin/statements/russia-ukraine-direct-talks-2025/kellogg-merge-memoranda/edit",
					"kellogg-merge-memoranda", "istanbul-2025-05-16")
				.with(csrf())
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/rounds/istanbul-2025-06-02")).andExpect(content().string(containsString(SHOWN)));
		this.mvc.perform(get("/rounds/istanbul-2025-05-16")).andExpect(content().string(containsString(SHOWN)));
	}

	@Test
	void editingTheRoundItselfShowsTheApplicationsTimeAndLeavesAnOpenFormOfItCurrent() throws Exception {
		this.mvc
			.perform(proposal(THIRD_MEETING + "/edit", "ukraine-third-meeting-in-june").with(csrf())
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get(ROUND + "/edit"))
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		((TestClock) this.clock).set(EDITED.plusSeconds(86_400));
		this.mvc.perform(post(ROUND + "/withdraw").with(csrf()).param("reason", "Checked again"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/admin/rounds")).andExpect(content().string(containsString("5 March 2031 10:15")));
	}

	private static Arguments edit(String name, MockHttpServletRequestBuilder save) {
		return Arguments.of(name, save);
	}

	private static MockHttpServletRequestBuilder proposal(String path, String slug) {
		return post(path).param("slug", slug)
			.param("party", "ukraine")
			.param("category", "PROCEDURAL")
			.param("title", "Third round of talks in late June")
			.param("status", "ACCEPTED")
			.param("sources", SOURCE);
	}

	private static MockHttpServletRequestBuilder exchange(String path, String slug) {
		return post(path).param("slug", slug)
			.param("kind", "BODIES")
			.param("sideA", "russia")
			.param("sideACount", "6000")
			.param("sideB", "ukraine")
			.param("sideBCount", "6001")
			.param("sources", SOURCE);
	}

	private static MockHttpServletRequestBuilder memorandum(String path, String slug) {
		return post(path).param("process", "russia-ukraine-direct-talks-2025")
			.param("slug", slug)
			.param("title", "Russian memorandum")
			.param("author", "russia")
			.param("round", "istanbul-2025-06-02")
			.param("sources", SOURCE);
	}

	private static MockHttpServletRequestBuilder clause(String path, String number) {
		return post(path).param("number", number)
			.param("topic", "TERRITORY")
			.param("text", "Withdrawal")
			.param("sources", SOURCE);
	}

	private static MockHttpServletRequestBuilder statement(String path, String slug, String round) {
		return post(path).param("process", "russia-ukraine-direct-talks-2025")
			.param("slug", slug)
			.param("party", "ukraine")
			.param("round", round)
			.param("text", "Said again")
			.param("sources", SOURCE);
	}

}
