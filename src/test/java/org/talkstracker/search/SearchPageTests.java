package org.talkstracker.search;

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
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class SearchPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataFileImporter importer;

	@Test
	void findsAClauseOfAMemorandumWithTheMatchHighlighted() throws Exception {
		this.mvc.perform(get("/search").param("q", "troops regions"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Clause of a memorandum"),
					containsString("href=\"/rounds/istanbul-2025-06-02#memorandum-russian-memorandum-2025-06\""),
					containsString("<mark>regions</mark>"))));
	}

	@Test
	void findsStatementsByAnotherSpellingOfTheSpeakersName() throws Exception {
		this.mvc.perform(get("/search").param("q", "Umierov"))
			.andExpect(content().string(allOf(containsString("Statement"),
					containsString("#statement-umerov-children-list"))));
	}

	@Test
	void statementsWithoutARoundLinkToTheSpeaker() throws Exception {
		this.mvc.perform(get("/search").param("q", "Putin"))
			.andExpect(content().string(containsString("href=\"/people/vladimir-putin\"")));
	}

	@Test
	void saysClearlyWhenNothingMatches() throws Exception {
		this.mvc.perform(get("/search").param("q", "zeppelin"))
			.andExpect(content().string(containsString("Nothing published matches “zeppelin”")));
	}

	@Test
	void withoutWordsShowsOnlyTheForm() throws Exception {
		this.mvc.perform(get("/search"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Names match their other spellings"),
					not(containsString("results for")))));
	}

	@Test
	@Transactional
	void runsAFixedNumberOfStatementsWhateverTheData() throws Exception {
		SqlStatements statements = new SqlStatements();
		long small = statements.countWhile(() -> this.mvc.perform(get("/search").param("q", "statement")));
		this.importer.importFile("many", GeneratedRounds.process("many", 30, true));
		long large = statements.countWhile(() -> this.mvc.perform(get("/search").param("q", "statement"))
			.andExpect(content().string(containsString("results for"))));

		// The people the words name, the page of hits, and their count.
		assertThat(small).isEqualTo(3);
		assertThat(large).isEqualTo(small);
	}

	@ParameterizedTest
	@ValueSource(strings = { "page=0", "page=x" })
	void aBadPageIsABadRequestPage(String parameter) throws Exception {
		String[] pair = parameter.split("=");
		this.mvc.perform(get("/search").param("q", "talks").param(pair[0], pair[1]))
			.andExpect(status().isBadRequest());
	}

}
