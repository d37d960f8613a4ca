package org.talkstracker.opendata;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Wikidata items of the reference data's parties, as readers and programs see them:
 * linked from the party's page and given in every export that lists parties.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExternalIdentifiersTests {

	private static final Map<String, String> WIKIDATA = Map.of("ukraine", "Q212", "russia", "Q159", "turkey", "Q43",
			"united-states", "Q30", "united-kingdom", "Q145", "germany", "Q183", "france", "Q142");

	@Autowired
	MockMvc mvc;

	@Test
	void aPartysPageLinksItsWikidataItem() throws Exception {
		this.mvc.perform(get("/parties/ukraine"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"https://www.wikidata.org/wiki/Q212\"")));
	}

	@Test
	void theDataPackageAndTheDataFileGiveEachPartysItem() throws Exception {
		Map<String, String> files = DataPackageTests.unzip(this.mvc.perform(get("/data/talks-tracker-datapackage.zip"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		Map<String, String> inPackage = new HashMap<>();
		for (CSVRecord party : CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(files.get("parties.csv")))) {
			inPackage.put(party.get("slug"), party.get("wikidata_id"));
		}
		assertThat(inPackage).containsAllEntriesOf(WIKIDATA);

		JsonNode dataFile = JsonMapper.builder()
			.build()
			.readTree(this.mvc.perform(get("/data/talks-tracker.json"))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
		Map<String, String> inDataFile = new HashMap<>();
		dataFile.get("parties")
			.forEach((party) -> inDataFile.put(party.get("slug").asString(), party.get("wikidataId").asString()));
		assertThat(inDataFile).containsAllEntriesOf(WIKIDATA);
	}

	@Test
	void popoloListsThemAmongTheOrganisationsIdentifiers() throws Exception {
		JsonNode popolo = JsonMapper.builder()
			.build()
			.readTree(this.mvc.perform(get("/data/popolo.json")).andReturn().getResponse().getContentAsByteArray());
		Map<String, String> identifiers = new HashMap<>();
		popolo.get("organizations").forEach((party) -> {
			JsonNode identifier = party.path("identifiers").path(0);
			assertThat(identifier.path("scheme").asString()).isEqualTo("wikidata");
			identifiers.put(party.get("id").asString(), identifier.path("identifier").asString());
		});
		assertThat(identifiers).containsAllEntriesOf(WIKIDATA);
	}

}
