package org.talkstracker.home;

import jakarta.persistence.EntityManager;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class HomePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataFileImporter importer;

	@Autowired
	EntityManager entityManager;

	@Test
	void homePageShowsTheProcessAndTheLatestRound() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Russia–Ukraine direct talks (2025)"),
					containsString("Latest round"), containsString("href=\"/rounds/istanbul-2025-07-23\""))));
	}

	/**
	 * The reference data's exchanges, each kind agreed against handed over: round 3's
	 * 1,200 each way and round 2's all-for-all with its withheld numbers (nothing
	 * counted), the 1,000 for 1,000 in three stages, and the bodies (6,057 and 1,000 to
	 * Ukraine, 27 and 19 to Russia).
	 */
	@Test
	void headlineFiguresShowAgreedAgainstFulfilledAndNeverInventACount() throws Exception {
		String page = this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString();

		assertThat(page.replaceAll("\\s+", " ")).contains(
				"Prisoners of war</th> <td class=\"num\">2,400 + unreported counts</td> <td class=\"num\">0</td>",
				"Prisoners</th> <td class=\"num\">2,000</td> <td class=\"num\">2,000</td>",
				"Bodies of the killed</th> <td class=\"num\">12,000</td> <td class=\"num\">7,103</td>");
	}

	/**
	 * Where the sides' reports of a stage differ, the lower figure counts; rolled back
	 * afterwards.
	 */
	@Test
	@Transactional
	void fulfilledTotalsCountTheLowerOfTwoDifferingReports() throws Exception {
		this.importer.importFile("totals", GeneratedRounds.process("totals", 1, true));

		// One agreement of 100 each way on top of the reference data's 1,200 each way
		// and its all-for-all; Russia received 30 + min(30, 25), Ukraine 30 + 30, and the
		// reference data's prisoners of war no reported count.
		this.mvc.perform(get("/"))
			.andExpect(content().string(allOf(containsString("2,600 + unreported counts"), containsString(">115<"))));
	}

	/** Generated rounds are rolled back, so other tests never see them. */
	@Test
	@Transactional
	void homePageRunsAFixedNumberOfStatementsWhateverTheData() throws Exception {
		SqlStatements statements = new SqlStatements();
		long before = statements.countWhile(() -> this.mvc.perform(get("/")).andExpect(status().isOk()));
		this.importer.importFile("more", GeneratedRounds.process("more", 20, true));
		this.importer.importFile("again", GeneratedRounds.process("again", 20, true));
		this.entityManager.flush();
		this.entityManager.clear();

		long after = statements.countWhile(() -> this.mvc.perform(get("/"))
			.andExpect(content().string(containsString("Generated process again"))));

		// The processes, the latest and the next round, and the exchanges' headline
		// figures.
		assertThat(before).isEqualTo(3);
		assertThat(after).isEqualTo(before);
	}

}
