package org.talkstracker.opendata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** People, parties and delegation seats as Popolo. */
@SpringBootTest
@AutoConfigureMockMvc
class PopoloTests {

	@Autowired
	MockMvc mvc;

	@Test
	void everyIdAMembershipRefersToIsInTheFile() throws Exception {
		JsonNode popolo = popolo();

		Set<String> persons = ids(popolo.get("persons"));
		Set<String> organizations = ids(popolo.get("organizations"));
		assertThat(popolo.get("memberships")).isNotEmpty().allSatisfy((membership) -> {
			assertThat(persons).contains(membership.get("person_id").asString());
			assertThat(organizations).contains(membership.get("organization_id").asString());
		});
		List<String> membershipIds = new ArrayList<>();
		popolo.get("memberships").forEach((membership) -> membershipIds.add(membership.get("id").asString()));
		assertThat(membershipIds).doesNotHaveDuplicates();
	}

	@Test
	void aSeatGivesTheRoleTheTitleThenHeldTheRoundsDayAndItsSources() throws Exception {
		JsonNode popolo = popolo();

		JsonNode umerov = find(popolo.get("memberships"), "istanbul-2025-06-02/ukraine/rustem-umerov");
		assertThat(umerov.get("person_id").asString()).isEqualTo("rustem-umerov");
		assertThat(umerov.get("organization_id").asString()).isEqualTo("ukraine");
		assertThat(umerov.get("role").asString()).isEqualTo("head");
		assertThat(umerov.get("label").asString()).isEqualTo("Defence Minister");
		assertThat(umerov.get("start_date").asString()).isEqualTo("2025-06-02");
		assertThat(umerov.get("end_date").asString()).isEqualTo("2025-06-02");
		assertThat(umerov.get("sources").get(0).get("url").asString())
			.isEqualTo("http://localhost/rounds/istanbul-2025-06-02#sources");
		assertThat(umerov.get("sources").get(0).get("note").asString()).startsWith("The Moscow Times: ");
		assertThat(find(popolo.get("organizations"), "ukraine").get("name").asString()).isEqualTo("Ukraine");
		assertThat(find(popolo.get("persons"), "rustem-umerov").get("other_names")).isNotEmpty()
			.allSatisfy((name) -> assertThat(name.get("name").asString()).isNotBlank());
	}

	private JsonNode popolo() throws Exception {
		byte[] body = this.mvc.perform(get("/data/popolo.json"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return JsonMapper.builder().build().readTree(body);
	}

	private static Set<String> ids(JsonNode records) {
		Set<String> ids = new HashSet<>();
		records.forEach((record) -> assertThat(ids.add(record.get("id").asString())).as("unique id").isTrue());
		return ids;
	}

	private static JsonNode find(JsonNode records, String id) {
		for (JsonNode record : records) {
			if (record.get("id").asString().equals(id)) {
				return record;
			}
		}
		throw new AssertionError("No record " + id);
	}

}
