package org.talkstracker.exchange;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * Where the sides' reports of a stage differ, the lower figure counts, and every
 * rendering counts the same: the round page, its CSV, the API, and the tallies behind the
 * exchanges page and the home page. One published round (rolled back afterwards) holds
 * the only exchange of children: one stage in which Russia received 1,234 as Russia
 * reports it and 1,203 as Ukraine reports it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CountedFigureTests {

	static final String ROUND = "counted-round";

	@Autowired
	MockMvc mvc;

	@Autowired
	DataFileImporter importer;

	@BeforeEach
	void importAStageWhoseReportsDiffer() {
		ObjectNode file = GeneratedRounds.processFile("counted");
		ObjectNode round = ((ObjectNode) file.get("processes").get(0)).putArray("rounds")
			.addObject()
			.put("slug", ROUND)
			.put("number", 1)
			.put("status", "held")
			.put("published", true)
			.put("city", "Genève")
			.put("heldOn", "2030-01-15");
		round.putArray("sources").add("moscow-times-2025-06-02");
		ObjectNode exchange = round.putArray("exchanges").addObject().put("slug", "children").put("kind", "children");
		exchange.putObject("sideA").put("party", "russia").put("agreedCount", 2000);
		exchange.putObject("sideB").put("party", "ukraine").put("agreedCount", 2000);
		exchange.putArray("sources").add("moscow-times-2025-06-02");
		ObjectNode stage = exchange.putArray("stages").addObject().put("sequence", 1);
		stage.putObject("occurred").put("date", "2030-02-01").put("precision", "day");
		stage.putObject("sideAReceived").put("perSideA", 1234).put("perSideB", 1203);
		stage.putArray("sources").add("moscow-times-2025-06-02");
		this.importer.importFile("counted.json",
				new ByteArrayInputStream(JsonMapper.builder().build().writeValueAsBytes(file)));
	}

	@Test
	void theRoundPageCountsTheLowerReport() throws Exception {
		this.mvc.perform(get("/rounds/" + ROUND))
			.andExpect(content().string(containsString("<span class=\"received\">1,203</span>")))
			.andExpect(content().string(containsString("1,234 per Russia, 1,203 per Ukraine")));
	}

	@Test
	void theRoundsCsvCountsTheLowerReport() throws Exception {
		String csv = this.mvc.perform(get("/rounds/" + ROUND + "/summary.csv"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv))
			.getRecords();

		assertThat(rows).filteredOn((row) -> row.get("party").equals("russia"))
			.filteredOn((row) -> row.get("kind").startsWith("exchange_"))
			.extracting((row) -> row.get("kind") + " " + row.get("received"))
			.containsExactly("exchange_side 1203", "exchange_stage 1203");
	}

	@Test
	void theApiCountsTheLowerReport() throws Exception {
		this.mvc.perform(get("/api/v1/exchanges"))
			.andExpect(jsonPath("$.items[0].slug").value("children"))
			.andExpect(jsonPath("$.items[0].sideA.received").value(1203))
			.andExpect(jsonPath("$.items[0].sideB.received").value(0));
	}

	@Test
	void theExchangesPageAndItsTalliesCountTheLowerReport() throws Exception {
		this.mvc.perform(get("/exchanges"))
			.andExpect(content().string(containsString("<span class=\"received\">1,203</span>")))
			.andExpect(content().string(matchesPattern(
					"(?s).*<th scope=\"row\">Children</th>\\s*<td class=\"num\">4,000</td>\\s*<td class=\"num\">1,203</td>.*")));
	}

	@Test
	void theHomePagesTalliesCountTheLowerReport() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(content().string(matchesPattern(
					"(?s).*<th scope=\"row\">Children</th>\\s*<td class=\"num\">4,000</td>\\s*<td class=\"num\">1,203</td>.*")));
	}

}
