package org.talkstracker.round;

import java.util.regex.Pattern;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class RoundListTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	DataFileImporter importer;

	@Test
	void listsPublishedRoundsNewestFirst() throws Exception {
		this.mvc.perform(get("/rounds"))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern(
					Pattern.compile(".*istanbul-2025-06-02.*istanbul-2025-05-16.*", Pattern.DOTALL))));
	}

	@Nested
	@Transactional
	class WithGeneratedRounds {

		@Test
		void draftsNeverAppearInTheList() throws Exception {
			RoundListTests.this.importer.importFile("draft", GeneratedRounds.process("draft", 1, false));

			RoundListTests.this.mvc.perform(get("/rounds"))
				.andExpect(content().string(allOf(containsString("istanbul-2025-06-02"),
						not(containsString("draft-round")))));
		}

		@Test
		void pagesHoldTwentyRoundsAndLinkTheNextPage() throws Exception {
			for (int i = 0; i < 25; i++) {
				RoundListTests.this.importer.importFile("p" + i, GeneratedRounds.process("p" + i, 0, true));
			}

			RoundListTests.this.mvc.perform(get("/rounds"))
				.andExpect(content().string(allOf(containsString("Page 1 of 2"), containsString("href=\"/rounds?page=2\""))));
			RoundListTests.this.mvc.perform(get("/rounds").param("page", "2"))
				.andExpect(content().string(allOf(containsString("Page 2 of 2"), containsString("istanbul-2025-05-16"))));
		}

		@Test
		void listRunsTwoStatementsWhateverTheData() throws Exception {
			for (int i = 0; i < 30; i++) {
				RoundListTests.this.importer.importFile("q" + i, GeneratedRounds.process("q" + i, 0, true));
			}
			long statements = new SqlStatements(RoundListTests.this.entityManagerFactory)
				.countWhile(() -> RoundListTests.this.mvc.perform(get("/rounds")).andExpect(status().isOk()));

			assertThat(statements).isEqualTo(2);
		}

	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "0", "-1", "1.5" })
	void aPageThatIsNotAPositiveNumberIsABadRequestPage(String page) throws Exception {
		this.mvc.perform(get("/rounds").param("page", page))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Bad request"), not(containsString("Exception")))));
	}

}
