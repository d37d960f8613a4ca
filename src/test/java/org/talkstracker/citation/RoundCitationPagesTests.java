package org.talkstracker.citation;

import java.io.StringReader;

import com.networknt.schema.InputFormat;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Cite this" as readers download it: each format names the release and its permanent
 * address, read back by someone else's parser or schema.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RoundCitationPagesTests {

	static final String ROUND = "/rounds/istanbul-2025-06-02";

	static final String RELEASE = "http://localhost" + ROUND + "/releases/1";

	@Autowired
	MockMvc mvc;

	@Test
	void theRoundPageOffersItsReleaseInFourFormats() throws Exception {
		this.mvc.perform(get(ROUND))
			.andExpect(header().string(HttpHeaders.LINK, "<" + RELEASE + ">; rel=\"cite-as\""))
			.andExpect(content().string(containsString("href=\"" + RELEASE + "/cite.bib\"")))
			.andExpect(content().string(containsString(", release 1, " + RELEASE + " (retrieved")));
	}

	@Test
	void bibTexParsesWithTheReleaseAndItsAddress() throws Exception {
		String bibtex = cite(ROUND + "/cite.bib", "application/x-bibtex");
		BibTeXDatabase database = new BibTeXParser().parse(new StringReader(bibtex));
		assertThat(database.getEntries()).hasSize(1);
		BibTeXEntry entry = database.getEntries().values().iterator().next();
		assertThat(entry.getField(BibTeXEntry.KEY_TITLE).toUserString())
			.contains("Round 2: Russia–Ukraine direct talks (2025), Istanbul");
		assertThat(entry.getField(BibTeXEntry.KEY_NOTE).toUserString()).startsWith("Release 1");
		assertThat(entry.getField(BibTeXEntry.KEY_HOWPUBLISHED).toUserString()).contains(RELEASE);
	}

	@Test
	void cslJsonMeetsTheOfficialSchema() throws Exception {
		String json = cite(ROUND + "/releases/1/cite.json", "application/vnd.citationstyles.csl+json");
		assertThat(CslData.SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
		JsonNode item = JsonMapper.builder().build().readTree(json).get(0);
		assertThat(item.get("URL").asString()).isEqualTo(RELEASE);
		assertThat(item.get("version").asString()).isEqualTo("1");
	}

	@Test
	void risAndPlainTextNameTheRelease() throws Exception {
		String ris = cite(ROUND + "/cite.ris", "application/x-research-info-systems");
		assertThat(ris.split("\r\n")).allMatch((line) -> line.matches("[A-Z][A-Z0-9]  - .*"))
			.contains("UR  - " + RELEASE, "ET  - Release 1");
		assertThat(ris).startsWith("TY  - ").endsWith("ER  - \r\n");
		assertThat(cite(ROUND + "/cite.txt", "text/plain")).contains("release 1").contains(RELEASE);
	}

	@Test
	void anUnknownFormatOrReleaseIsNotFound() throws Exception {
		this.mvc.perform(get(ROUND + "/cite.doc")).andExpect(status().isNotFound());
		this.mvc.perform(get(ROUND + "/releases/99/cite.bib")).andExpect(status().isNotFound());
		this.mvc.perform(get("/rounds/no-such-round/cite.bib")).andExpect(status().isNotFound());
	}

	private String cite(String path, String type) throws Exception {
		MvcResult result = this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(type))
			.andExpect(header().string(HttpHeaders.LINK, "<" + RELEASE + ">; rel=\"cite-as\""))
			.andReturn();
		return result.getResponse().getContentAsString();
	}

}
