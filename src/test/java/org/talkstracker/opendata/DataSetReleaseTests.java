package org.talkstracker.opendata;

import java.io.StringReader;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.networknt.schema.InputFormat;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.talkstracker.CommittingTest;
import org.talkstracker.TestClock;
import org.talkstracker.citation.CslData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator cuts releases of the data set: each is numbered, listed on /data with
 * what changed since the one before, and never changes afterwards. Releases are kept in
 * the database, so these tests commit ({@link CommittingTest}); the clock is set to a
 * month of their own, so the numbers they cut are theirs.
 */
@CommittingTest
class DataSetReleaseTests {

	/** A month no other test cuts a release in. */
	static final Instant CUT_AT = Instant.parse("2031-03-14T09:30:00Z");

	static final RequestPostProcessor ADMIN = user("data-admin").roles("ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@BeforeEach
	void setClock() {
		((TestClock) this.clock).set(CUT_AT);
	}

	@AfterEach
	void letGoOfTheClock() {
		((TestClock) this.clock).letGo();
	}

	@Test
	void twoReleasesCutAroundAnEditListTheChangeAndKeepTheirFilesByteForByte() throws Exception {
		long before = addContextEvent("release-test-before", "Shelling of a port, as first reported");
		String first = cut("First release for the test");
		byte[] firstPackage = download("/data/releases/" + first + "/talks-tracker-datapackage.zip");

		this.jdbc.sql("update context_event set title = 'Shelling of a port, as corrected' where id = :id")
			.param("id", before)
			.update();
		long added = addContextEvent("release-test-after", "A second event");
		String second = cut("Second release for the test");

		assertThat(first).matches("2031\\.3\\.\\d+");
		assertThat(second).isEqualTo("2031.3." + (Integer.parseInt(first.split("\\.")[2]) + 1));
		this.mvc.perform(get("/data/releases/" + second))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Against release " + first)))
			.andExpect(content().string(containsString("Second release for the test")));
		JsonNode changes = JsonMapper.builder()
			.build()
			.readTree(this.jdbc.sql("select changes::text from data_set_release where version = :v")
				.param("v", second)
				.query(String.class)
				.single());
		assertThat(changes.get("previous").asString()).isEqualTo(first);
		JsonNode events = table(changes, "context_events");
		assertThat(events.get("added").asLong()).isEqualTo(1);
		assertThat(events.get("changed").asLong()).isEqualTo(1);
		assertThat(events.get("withdrawn").asLong()).isZero();
		assertThat(events.get("addedKeys").get(0).asString()).isEqualTo(String.valueOf(added));
		assertThat(events.get("changedKeys").get(0).asString()).isEqualTo(String.valueOf(before));
		assertThat(table(changes, "rounds").get("changed").asLong()).isZero();

		this.jdbc.sql("update context_event set title = 'Edited after both releases' where id = :id")
			.param("id", added)
			.update();
		assertThat(download("/data/releases/" + first + "/talks-tracker-datapackage.zip")).isEqualTo(firstPackage);
		assertThat(sha256(firstPackage)).isEqualTo(this.jdbc
			.sql("select sha256 from data_set_release_file f join data_set_release r on r.id = f.release_id "
					+ "where r.version = :v and f.position = 0")
			.param("v", first)
			.query(String.class)
			.single());
	}

	@Test
	void aReleasePackageNamesItsVersionAndListsEveryFileWithItsSha256() throws Exception {
		String version = cut("Release to read back");
		byte[] zip = download("/data/releases/" + version + "/talks-tracker-datapackage.zip");
		Map<String, String> files = DataPackageTests.unzip(zip);

		JsonNode descriptor = JsonMapper.builder().build().readTree(files.get("datapackage.json"));
		assertThat(descriptor.get("version").asString()).isEqualTo(version);
		assertThat(descriptor.get("created").asString()).isEqualTo("2031-03-14T09:30:00Z");
		assertThat(files.get("codebook.md")).contains("# Talks Tracker: peace negotiations as sourced data: codebook")
			.contains("- **Version:** " + version)
			.contains("## exchange\\_stages.csv")
			.contains("| status | string | scheduled, held, postponed or cancelled | required; one of: ");
		String page = this.mvc.perform(get("/data/releases/" + version))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (Map.Entry<String, String> file : files.entrySet()) {
			String sha256 = sha256(file.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
			assertThat(page).contains(file.getKey()).contains(sha256);
			assertThat(download("/data/releases/" + version + "/" + file.getKey()))
				.isEqualTo(file.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		assertThat(page).contains(sha256(zip));
	}

	@Test
	void theDataPageListsTheReleasesAndTheLatestHasAStableAddress() throws Exception {
		String version = cut("Release for the list");

		this.mvc.perform(get("/data"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/data/releases/" + version + "\"")))
			.andExpect(content().string(containsString("Release for the list")))
			.andExpect(content().string(containsString("Talks Tracker data set, version " + version)));
		this.mvc.perform(get("/data/releases/latest")).andExpect(redirectedUrl("/data/releases/" + version));
		this.mvc.perform(get("/data/releases/latest/talks-tracker-datapackage.zip"))
			.andExpect(redirectedUrl("/data/releases/" + version + "/talks-tracker-datapackage.zip"));
		this.mvc.perform(get("/data/releases/latest/codebook"))
			.andExpect(redirectedUrl("/data/releases/" + version + "/codebook"));
		this.mvc.perform(get("/data/releases/" + version + "/codebook"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("exchange_stages.csv")))
			.andExpect(content().string(containsString("side_a_counted")));
	}

	@Test
	void theCurrentPackageSaysItIsNoRelease() throws Exception {
		cut("Release before the current package");
		Map<String, String> files = DataPackageTests.unzip(download("/data/talks-tracker-datapackage.zip"));

		JsonNode descriptor = JsonMapper.builder().build().readTree(files.get("datapackage.json"));
		assertThat(descriptor.has("version")).isFalse();
		assertThat(descriptor.get("description").asString()).startsWith("Not a release");
		assertThat(files.get("codebook.md")).doesNotContain("**Version:**").contains("Not a release");
	}

	@Test
	void onlyAnAdministratorCutsARelease() throws Exception {
		this.mvc.perform(get("/admin/data/releases").with(user("olena").roles("EDITOR")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/data/releases").param("note", "By an editor")
				.with(user("olena").roles("EDITOR"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/data/releases").param("note", " ").with(ADMIN).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"error\"")));
		this.mvc.perform(get("/admin/data/releases").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cut release 2031.3.")));
	}

	@Test
	void aReleaseIsCitedInFourFormatsThatParse() throws Exception {
		String version = cut("Release to cite");
		String address = "http://localhost/data/releases/" + version;

		String bibtex = cite(version, "bib", address);
		BibTeXDatabase database = new BibTeXParser().parse(new StringReader(bibtex));
		BibTeXEntry entry = database.getEntries().values().iterator().next();
		assertThat(entry.getType().getValue()).isEqualTo("misc");
		assertThat(entry.getField(BibTeXEntry.KEY_NOTE).toUserString())
			.isEqualTo("Version " + version + ", 14 March 2031");
		assertThat(entry.getField(BibTeXEntry.KEY_YEAR).toUserString()).isEqualTo("2031");
		assertThat(entry.getField(BibTeXEntry.KEY_HOWPUBLISHED).toUserString()).contains(address);

		String ris = cite(version, "ris", address);
		assertThat(ris.split("\r\n")).allMatch((line) -> line.matches("[A-Z][A-Z0-9]  - .*"))
			.contains("TY  - DATA", "ET  - Version " + version, "DA  - 2031/03/14", "UR  - " + address);

		String json = cite(version, "json", address);
		assertThat(CslData.SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
		JsonNode item = JsonMapper.builder().build().readTree(json).get(0);
		assertThat(item.get("type").asString()).isEqualTo("dataset");
		assertThat(item.get("version").asString()).isEqualTo(version);
		assertThat(item.get("issued").get("date-parts").get(0).toString()).isEqualTo("[2031,3,14]");
		assertThat(item.get("URL").asString()).isEqualTo(address);

		assertThat(cite(version, "txt", address)).contains("version " + version + " (14 March 2031)").contains(address);
		this.mvc.perform(get("/data/releases/" + version + "/cite.doc")).andExpect(status().isNotFound());
		this.mvc.perform(get("/data/releases/1999.1.0/cite.bib")).andExpect(status().isNotFound());
	}

	private String cite(String version, String format, String address) throws Exception {
		return this.mvc.perform(get("/data/releases/" + version + "/cite." + format))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.LINK, "<" + address + ">; rel=\"cite-as\""))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	/** Cuts a release as an administrator, and returns its number. */
	private String cut(String note) throws Exception {
		String location = this.mvc.perform(post("/admin/data/releases").param("note", note).with(ADMIN).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/data/releases/");
		return location.substring("/data/releases/".length());
	}

	private byte[] download(String path) throws Exception {
		return this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().string(not("")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private long addContextEvent(String slug, String title) {
		return this.jdbc.sql("""
				insert into context_event (process_id, slug, title, occurred_on, occurred_on_precision)
				values ((select min(id) from process), :slug, :title, date '2025-06-01', 'DAY') returning id""")
			.param("slug", slug)
			.param("title", title)
			.query(Long.class)
			.single();
	}

	private static JsonNode table(JsonNode changes, String name) {
		for (JsonNode table : changes.get("tables")) {
			if (table.get("table").asString().equals(name)) {
				return table;
			}
		}
		throw new AssertionError("No changes of " + name);
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
