package org.talkstracker.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every page describes itself to search engines and link previews from what it shows.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PageDescriptionTests {

	private static final Pattern DESCRIPTION = Pattern.compile("<meta name=\"description\" content=\"([^\"]+)\">");

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "/ | Peace talks round by round",
			"/rounds | Every round of the peace talks tracked here",
			"/rounds/istanbul-2025-06-02 | Second meeting of the delegations, held at the Çırağan Palace in Istanbul",
			"/exchanges | Prisoner and body exchanges agreed",
			"/memoranda/compare?a=russian-memorandum-2025-06&b=ukrainian-memorandum-2025-06 | Side by side, topic by topic: Russian memorandum on conditions for ending the war (June 2025) and Ukraine–Russia Negotiations Framework",
			"/memoranda/russian-memorandum-2025-06 | Russia&#39;s proposals for a long-term settlement",
			"/people/rustem-umerov | What Rustem Umerov said and did", "/data | Peace negotiations as sourced data" })
	void aPageDescribesWhatItShows(String page, String description) throws Exception {
		String html = this.mvc.perform(get(page))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Matcher meta = DESCRIPTION.matcher(html);
		assertThat(meta.find()).as("a description in %s", page).isTrue();
		assertThat(meta.group(1)).startsWith(description).hasSizeLessThanOrEqualTo(300);
	}

}
