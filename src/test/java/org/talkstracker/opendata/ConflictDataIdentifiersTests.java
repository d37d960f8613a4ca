package org.talkstracker.opendata;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Identifiers in UCDP and PA-X: a party's UCDP actor, a process's UCDP conflict and PA-X
 * peace process, entered by editors, linked from the party's page and given in the data
 * file, the data package and Popolo. The numbers here are made up for the test (the
 * reference data gives none, not being certain of them), and rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(roles = "EDITOR")
class ConflictDataIdentifiersTests {

	static final String TALKS = "russia-ukraine-direct-talks-2025";

	@Autowired
	MockMvc mvc;

	@Test
	void anEditorGivesAPartyItsUcdpActorWhichItsPageLinksAndEveryExportGives() throws Exception {
		this.mvc.perform(party("turkey", "Turkey").param("ucdpActorId", "9001"))
			.andExpect(redirectedUrl("/admin/parties"));

		this.mvc.perform(get("/parties/turkey"))
			.andExpect(content().string(containsString("href=\"https://ucdp.uu.se/actor/9001\"")));
		assertThat(csv(packageFiles().get("parties.csv"), "slug", "ucdp_actor_id")).containsEntry("turkey", "9001");
		JsonNode dataFile = dataFile();
		dataFile.get("parties").forEach((party) -> {
			if (party.get("slug").asString().equals("turkey")) {
				assertThat(party.get("ucdpActorId").asInt()).isEqualTo(9001);
			}
			else {
				assertThat(party.has("ucdpActorId")).isFalse();
			}
		});
		JsonNode popolo = JsonMapper.builder()
			.build()
			.readTree(this.mvc.perform(get("/data/popolo.json")).andReturn().getResponse().getContentAsByteArray());
		List<String> identifiers = new ArrayList<>();
		popolo.get("organizations").forEach((organisation) -> {
			if (organisation.get("id").asString().equals("turkey")) {
				organisation.get("identifiers")
					.forEach((id) -> identifiers
						.add(id.get("scheme").asString() + ":" + id.get("identifier").asString()));
			}
		});
		assertThat(identifiers).containsExactly("wikidata:Q43", "ucdp_actor:9001");
	}

	@Test
	void aProcessNamesItsUcdpConflictAndPaxProcessInTheDataFileAndThePackage() throws Exception {
		this.mvc
			.perform(post("/admin/processes/" + TALKS + "/edit").with(csrf())
				.param("slug", TALKS)
				.param("name", "Russia–Ukraine direct talks (2025)")
				.param("parties", "russia", "ukraine", "turkey")
				.param("ucdpConflictId", "9002")
				.param("paxProcessId", "9003")
				.param("version", "0"))
			.andExpect(redirectedUrl("/admin/processes"));

		Map<String, String> files = packageFiles();
		assertThat(csv(files.get("processes.csv"), "slug", "ucdp_conflict_id")).containsEntry(TALKS, "9002");
		assertThat(csv(files.get("processes.csv"), "slug", "pax_process_id")).containsEntry(TALKS, "9003");
		JsonNode process = dataFile().get("processes").get(0);
		assertThat(process.get("ucdpConflictId").asInt()).isEqualTo(9002);
		assertThat(process.get("paxProcessId").asInt()).isEqualTo(9003);
		this.mvc.perform(get("/admin/processes/" + TALKS + "/edit"))
			.andExpect(content().string(containsString("value=\"9003\"")));
		this.mvc.perform(get("/data"))
			.andExpect(content().string(allOf(containsString("Russia–Ukraine direct talks (2025)"),
					containsString("href=\"https://ucdp.uu.se/conflict/9002\""),
					containsString("PA-X peace process 9003"))));
	}

	@Test
	void aMalformedOrTakenIdentifierIsRefusedBesideItsField() throws Exception {
		this.mvc.perform(party("turkey", "Turkey").param("ucdpActorId", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "ucdpActorId"))
			.andExpect(content().string(containsString("Give the number of the UCDP actor: a whole number from 1.")));
		this.mvc.perform(party("turkey", "Turkey").param("ucdpActorId", "sixty-five"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "ucdpActorId"));
		this.mvc
			.perform(post("/admin/processes/" + TALKS + "/edit").with(csrf())
				.param("slug", TALKS)
				.param("name", "Russia–Ukraine direct talks (2025)")
				.param("parties", "russia", "ukraine")
				.param("paxProcessId", "-3")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "paxProcessId"));
		this.mvc.perform(party("turkey", "Turkey").param("ucdpActorId", "9004"))
			.andExpect(redirectedUrl("/admin/parties"));
		this.mvc
			.perform(post("/admin/parties/new").with(csrf())
				.param("slug", "united-nations")
				.param("name", "United Nations")
				.param("kind", "ORGANISATION")
				.param("ucdpActorId", "9004")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "ucdpActorId"))
			.andExpect(content().string(containsString("Another party has this UCDP actor.")));
	}

	private static MockHttpServletRequestBuilder party(String slug, String name) {
		return post("/admin/parties/" + slug + "/edit").with(csrf())
			.param("slug", slug)
			.param("name", name)
			.param("kind", "STATE")
			.param("wikidataId", Map.of("turkey", "Q43", "france", "Q142").get(slug))
			.param("version", "0");
	}

	private Map<String, String> packageFiles() throws Exception {
		return DataPackageTests.unzip(this.mvc.perform(get("/data/talks-tracker-datapackage.zip"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
	}

	private JsonNode dataFile() throws Exception {
		return JsonMapper.builder()
			.build()
			.readTree(this.mvc.perform(get("/data/talks-tracker.json"))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
	}

	private static Map<String, String> csv(String csv, String key, String value) throws Exception {
		Map<String, String> values = new java.util.HashMap<>();
		for (CSVRecord row : CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv))) {
			values.put(row.get(key), row.get(value));
		}
		return values;
	}

}
