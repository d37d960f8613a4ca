package org.talkstracker.api;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /api/v1/changes} as a mirror reads it: every release, then a withdrawal, page by
 * page with the cursor it is given, each release's data file matching its SHA-256.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(roles = "EDITOR")
class ChangesApiTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMirrorReadsEveryReleaseAndItsDataFile() throws Exception {
		JsonNode changes = changes("/api/v1/changes");
		long releases = this.jdbc
			.sql("select (select count(*) from round_release) + (select count(*) from memorandum_release)")
			.query(Long.class)
			.single();
		assertThat(changes.path("items").size()).isEqualTo(releases).isPositive();
		assertThat(changes.path("next").isNull() || changes.path("next").isMissingNode()).isTrue();
		List<String> published = this.jdbc.sql("select slug from round where published").query(String.class).list();
		List<String> memoranda = this.jdbc.sql("select slug from memorandum").query(String.class).list();
		assertThat(changes.path("items").valueStream().map((change) -> change.path("type").asString()))
			.contains("release", "memorandum-release")
			.allMatch((type) -> type.equals("release") || type.equals("memorandum-release"));
		for (JsonNode release : changes.path("items")) {
			boolean memorandum = release.path("type").asString().equals("memorandum-release");
			String subject = release.path(memorandum ? "memorandum" : "round").asString();
			if (!(memorandum ? memoranda : published).contains(subject)) {
				// A round another test added and removed: its release stays listed.
				continue;
			}
			assertThat(release.path("url").asString())
				.isEqualTo("http://localhost/" + (memorandum ? "memoranda/" : "rounds/") + subject + "/releases/"
						+ release.path("release").asInt());
			byte[] file = this.mvc.perform(get(release.path("dataFile").asString()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			assertThat(sha256(file)).isEqualTo(release.path("sha256").asString());
			assertThat(release.has("reason")).isFalse();
		}
	}

	@Test
	void pagesFollowTheCursorAndAWithdrawalComesAfterTheReleases() throws Exception {
		this.mvc
			.perform(post("/admin/rounds/istanbul-2025-05-16/withdraw").with(csrf())
				.param("reason", "Merged into the record of round 2"))
			.andExpect(status().is3xxRedirection());

		List<JsonNode> seen = new java.util.ArrayList<>();
		String next = null;
		int pages = 0;
		do {
			JsonNode page = changes("/api/v1/changes?size=1" + ((next != null) ? "&cursor=" + next : ""));
			page.path("items").forEach(seen::add);
			next = page.path("next").isString() ? page.path("next").asString() : null;
			pages++;
		}
		while (next != null && pages < 10);

		JsonNode last = seen.get(seen.size() - 1);
		assertThat(Map.of("type", last.path("type").asString(), "round", last.path("round").asString(), "reason",
				last.path("reason").asString()))
			.isEqualTo(Map.of("type", "withdrawal", "round", "istanbul-2025-05-16", "reason",
					"Merged into the record of round 2"));
		assertThat(seen.stream().filter((change) -> change.path("type").asString().equals("withdrawal"))).hasSize(1);
		assertThat(pages).isEqualTo(seen.size());
	}

	@Test
	void sinceAfterTheLastChangeGivesNothingAndAForeignCursorIsRefused() throws Exception {
		assertThat(changes("/api/v1/changes?since=2999-01-01T00:00:00Z").path("items").size()).isZero();
		this.mvc.perform(get("/api/v1/changes").param("cursor", "not-a-cursor"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(content().string(containsString("The cursor is not one this API gave")));
	}

	@Test
	void theOpenApiDocumentDescribesIt() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(content().string(containsString("\"/api/v1/changes\"")))
			.andExpect(content().string(containsString("Releases and withdrawals of rounds")));
	}

	private JsonNode changes(String path) throws Exception {
		return JSON.readTree(this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
	}

	private static String sha256(byte[] bytes) throws Exception {
		return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
