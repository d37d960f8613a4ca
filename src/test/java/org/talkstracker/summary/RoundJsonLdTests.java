package org.talkstracker.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.datafile.DataFileImporter;
import org.talkstracker.datafile.GeneratedRounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The round page's schema.org Event, read back from the page with a JSON parser. */
@SpringBootTest
@AutoConfigureMockMvc
public class RoundJsonLdTests {

	private static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>",
			Pattern.DOTALL);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	DataFileImporter importer;

	@Test
	void theRoundPageDescribesTheRoundAsAnEventWithItsPartiesReleaseAndSources() throws Exception {
		JsonNode event = jsonLd(page("/rounds/istanbul-2025-06-02"));

		assertThat(event.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(event.get("@type").asString()).isEqualTo("Event");
		assertThat(event.get("name").asString()).isEqualTo("Round 2: Russia–Ukraine direct talks (2025)");
		assertThat(event.get("url").asString()).startsWith("http://localhost/rounds/istanbul-2025-06-02");
		assertThat(event.get("startDate").asString()).isEqualTo("2025-06-02");
		assertThat(event.get("location").get("address").get("addressLocality").asString()).isEqualTo("Istanbul");
		assertThat(names(event.get("organizer"))).containsExactly("Turkey");
		assertThat(names(event.get("attendee"))).contains("Ukraine", "Russia", "United States");
		assertThat(event.get("attendee").get(0).get("url").asString()).startsWith("http://localhost/parties/");
		assertThat(event.get("version").asString()).isEqualTo("1");
		assertThat(event.get("citation").get(0).get("@type").asString()).isEqualTo("CreativeWork");
		assertThat(event.get("citation").get(0).get("publisher").get("name").asString()).isEqualTo("The Moscow Times");
	}

	@Test
	@Transactional
	void timesAreGivenWithTheirUtcOffsetAndTheVenueAsThePlace() throws Exception {
		ObjectNode file = JSON.readValue(GeneratedRounds.process("timed", 1, true), ObjectNode.class);
		ObjectNode round = (ObjectNode) file.get("processes").get(0).get("rounds").get(0);
		round.put("venue", "Palais </script><b>des Nations</b>")
			.put("startedAt", "2030-01-15T09:30:00Z")
			.put("endedAt", "2030-01-15T11:05:00Z");
		this.importer.importFile("timed", new java.io.ByteArrayInputStream(JSON.writeValueAsBytes(file)));

		String page = page("/rounds/timed-round");
		JsonNode event = jsonLd(page);

		assertThat(event.get("startDate").asString()).isEqualTo("2030-01-15T09:30:00+00:00");
		assertThat(event.get("endDate").asString()).isEqualTo("2030-01-15T11:05:00+00:00");
		assertThat(event.get("location").get("name").asString()).isEqualTo("Palais </script><b>des Nations</b>");
		assertThat(event.get("location").get("address").get("addressLocality").asString()).isEqualTo("Genève");
		assertThat(page).doesNotContain("Palais </script>");
	}

	@Test
	@Transactional
	void timesAreGivenOnTheVenuesClock() throws Exception {
		ObjectNode file = JSON.readValue(GeneratedRounds.process("zoned", 1, true), ObjectNode.class);
		((ObjectNode) file.get("processes").get(0).get("rounds").get(0)).put("timeZone", "Europe/Zurich")
			.put("startedAt", "2030-07-15T09:30:00Z")
			.put("endedAt", "2030-07-15T11:05:00Z");
		this.importer.importFile("zoned", new java.io.ByteArrayInputStream(JSON.writeValueAsBytes(file)));

		JsonNode event = jsonLd(page("/rounds/zoned-round"));

		assertThat(event.get("startDate").asString()).isEqualTo("2030-07-15T11:30:00+02:00");
		assertThat(event.get("endDate").asString()).isEqualTo("2030-07-15T13:05:00+02:00");
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** The page's one JSON-LD block, parsed. */
	public static JsonNode jsonLd(String page) {
		Matcher matcher = JSON_LD.matcher(page);
		assertThat(matcher.find()).as("a JSON-LD script in the page").isTrue();
		JsonNode node = JSON.readTree(matcher.group(1));
		assertThat(matcher.find()).as("only one JSON-LD script").isFalse();
		return node;
	}

	private static List<String> names(JsonNode parties) {
		List<String> names = new ArrayList<>();
		parties.forEach((party) -> names.add(party.get("name").asString()));
		return names;
	}

}
