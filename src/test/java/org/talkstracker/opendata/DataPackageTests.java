package org.talkstracker.opendata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.talkstracker.exchange.CountPrecision;
import org.talkstracker.exchange.ExchangeKind;
import org.talkstracker.memorandum.ClauseTopic;
import org.talkstracker.process.PartyKind;
import org.talkstracker.proposal.ProposalCategory;
import org.talkstracker.proposal.ProposalStatus;
import org.talkstracker.release.ReleaseKind;
import org.talkstracker.round.DurationPrecision;
import org.talkstracker.round.MemberRole;
import org.talkstracker.round.RoundStatus;
import org.talkstracker.round.ThirdPartyRole;
import org.talkstracker.source.DatePrecision;
import org.talkstracker.source.SourceKind;
import org.talkstracker.summary.RoundJsonLdTests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The data set as a tabular data package, and the page that offers it. */
@SpringBootTest
@AutoConfigureMockMvc
class DataPackageTests {

	/** Every field with a closed list of values, and the Java enum it must equal. */
	private static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.ofEntries(
			Map.entry("parties.kind", PartyKind.class), Map.entry("sources.kind", SourceKind.class),
			Map.entry("rounds.status", RoundStatus.class),
			Map.entry("rounds.duration_precision", DurationPrecision.class),
			Map.entry("members.role", MemberRole.class), Map.entry("third_parties.role", ThirdPartyRole.class),
			Map.entry("proposals.category", ProposalCategory.class),
			Map.entry("proposals.status", ProposalStatus.class),
			Map.entry("exchange_agreements.kind", ExchangeKind.class),
			Map.entry("exchange_agreements.side_a_count_precision", CountPrecision.class),
			Map.entry("exchange_agreements.side_b_count_precision", CountPrecision.class),
			Map.entry("exchange_stages.occurred_on_precision", DatePrecision.class),
			Map.entry("memoranda.delivered_on_precision", DatePrecision.class),
			Map.entry("clauses.topic", ClauseTopic.class),
			Map.entry("statements.said_on_precision", DatePrecision.class),
			Map.entry("context_events.occurred_on_precision", DatePrecision.class),
			Map.entry("round_releases.kind", ReleaseKind.class));

	@Autowired
	MockMvc mvc;

	@Test
	void everyCsvFileHasTheColumnsItsDescriptorNamesInTheirOrder() throws Exception {
		Map<String, String> files = downloadPackage();
		JsonNode descriptor = JsonMapper.builder().build().readTree(files.get("datapackage.json"));

		assertThat(descriptor.get("profile").asString()).isEqualTo("tabular-data-package");
		List<String> paths = new ArrayList<>();
		for (JsonNode resource : descriptor.get("resources")) {
			String path = resource.get("path").asString();
			paths.add(path);
			List<String> fields = new ArrayList<>();
			resource.get("schema").get("fields").forEach((field) -> fields.add(field.get("name").asString()));
			assertThat(columns(files.get(path))).as(path).isEqualTo(fields);
		}
		assertThat(files.keySet())
			.containsExactlyInAnyOrderElementsOf(plus(plus(paths, "datapackage.json"), "codebook.md"));
		assertThat(paths).contains("processes.csv", "parties.csv", "people.csv", "person_names.csv", "rounds.csv",
				"delegations.csv", "members.csv", "third_parties.csv", "proposals.csv", "exchange_agreements.csv",
				"exchange_stages.csv", "exchange_reported_totals.csv", "memoranda.csv", "clauses.csv", "statements.csv",
				"context_events.csv", "sources.csv", "citations.csv", "round_releases.csv");
	}

	@Test
	void closedListsOfValuesAreTheJavaEnumsAndTheDataKeepsToThem() throws Exception {
		Map<String, String> files = downloadPackage();
		JsonNode descriptor = JsonMapper.builder().build().readTree(files.get("datapackage.json"));

		Map<String, List<String>> described = new LinkedHashMap<>();
		for (JsonNode resource : descriptor.get("resources")) {
			for (JsonNode field : resource.get("schema").get("fields")) {
				JsonNode values = field.path("constraints").path("enum");
				if (values.isArray()) {
					List<String> list = new ArrayList<>();
					values.forEach((value) -> list.add(value.asString()));
					described.put(resource.get("name").asString() + "." + field.get("name").asString(), list);
				}
			}
		}
		assertThat(described.keySet()).containsExactlyInAnyOrderElementsOf(ENUMS.keySet());
		for (Map.Entry<String, Class<? extends Enum<?>>> entry : ENUMS.entrySet()) {
			String field = entry.getKey();
			List<String> constants = Arrays.stream(entry.getValue().getEnumConstants())
				.map((constant) -> constant.name().toLowerCase(Locale.ROOT))
				.toList();
			assertThat(described.get(field)).as(field).isEqualTo(constants);
			String[] table = field.split("\\.");
			for (CSVRecord row : records(files.get(table[0] + ".csv"))) {
				String value = row.get(table[1]);
				if (!value.isEmpty()) {
					assertThat(constants).as(field).contains(value);
				}
			}
		}
	}

	@Test
	void thePackageHoldsThePublishedReferenceDataWithItsLicence() throws Exception {
		Map<String, String> files = downloadPackage();
		JsonNode descriptor = JsonMapper.builder().build().readTree(files.get("datapackage.json"));

		assertThat(descriptor.get("licenses").get(0).get("name").asString()).isEqualTo("CC-BY-4.0");
		assertThat(descriptor.get("licenses").get(0).get("path").asString())
			.isEqualTo("https://creativecommons.org/licenses/by/4.0/");
		assertThat(descriptor.has("version")).as("the current data is no release").isFalse();
		assertThat(descriptor.get("description").asString()).startsWith("Not a release: the published data as it was");
		assertThat(descriptor.get("created").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
		assertThat(records(files.get("rounds.csv"))).extracting((row) -> row.get("slug"))
			.containsExactly("istanbul-2025-05-16", "istanbul-2025-06-02", "istanbul-2025-07-23");
		assertThat(records(files.get("rounds.csv")).get(1).get("updated_at")).matches(".*T.*Z");
		assertThat(records(files.get("parties.csv"))).extracting((row) -> row.get("slug"))
			.contains("ukraine", "russia", "turkey");
		assertThat(records(files.get("round_releases.csv"))).isNotEmpty()
			.allSatisfy((row) -> assertThat(row.get("sha256")).hasSize(64));
	}

	@Test
	void everyReferenceNamesARowOfTheTableItPointsTo() throws Exception {
		Map<String, String> files = downloadPackage();
		JsonNode descriptor = JsonMapper.builder().build().readTree(files.get("datapackage.json"));

		int checked = 0;
		for (JsonNode resource : descriptor.get("resources")) {
			for (JsonNode key : resource.get("schema").path("foreignKeys")) {
				String field = key.get("fields").asString();
				JsonNode reference = key.get("reference");
				Set<String> ids = new HashSet<>();
				records(files.get(reference.get("resource").asString() + ".csv"))
					.forEach((row) -> ids.add(row.get(reference.get("fields").asString())));
				for (CSVRecord row : records(files.get(resource.get("path").asString()))) {
					if (!row.get(field).isEmpty()) {
						assertThat(ids).as(resource.get("name").asString() + "." + field).contains(row.get(field));
						checked++;
					}
				}
			}
		}
		assertThat(checked).isGreaterThan(100);
	}

	@Test
	void theDataPageOffersThePackageWithItsLicenceAndTables() throws Exception {
		this.mvc.perform(get("/data"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/data/talks-tracker-datapackage.zip")))
			.andExpect(content().string(containsString("https://creativecommons.org/licenses/by/4.0/")))
			.andExpect(content().string(containsString("exchange_stages.csv")))
			.andExpect(content().string(containsString("Talks Tracker data set (current data, not a release)")))
			.andExpect(content().string(containsString("No release of the data set has been cut yet.")));
	}

	@Test
	void theDataPageDescribesTheDataSetAsASchemaOrgDataset() throws Exception {
		String page = this.mvc.perform(get("/data"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		JsonNode dataset = RoundJsonLdTests.jsonLd(page);
		assertThat(dataset.get("@type").asString()).isEqualTo("Dataset");
		assertThat(dataset.get("license").asString()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
		assertThat(dataset.has("version")).as("no release has been cut").isFalse();
		assertThat(dataset.get("temporalCoverage").asString()).isEqualTo("2025-05-16/2025-07-23");
		List<String> downloads = new ArrayList<>();
		dataset.get("distribution").forEach((download) -> downloads.add(download.get("contentUrl").asString()));
		assertThat(downloads).contains("http://localhost/data/talks-tracker-datapackage.zip",
				"http://localhost/data/talks-tracker.json");
	}

	@Test
	void everyPageNamesTheLicenceInItsFooter() throws Exception {
		this.mvc.perform(get("/rounds"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("rel=\"license\"")))
			.andExpect(content().string(containsString("Creative Commons Attribution 4.0 International")));
	}

	/** The package's files by name, as text. */
	private Map<String, String> downloadPackage() throws Exception {
		byte[] zip = this.mvc.perform(get("/data/talks-tracker-datapackage.zip"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/zip"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return unzip(zip);
	}

	static Map<String, String> unzip(byte[] zip) throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return files;
	}

	private static List<String> columns(String csv) throws IOException {
		try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(csv))) {
			return parser.iterator().next().toList();
		}
	}

	private static List<CSVRecord> records(String csv) throws IOException {
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv))
			.getRecords();
	}

	private static List<String> plus(List<String> list, String one) {
		List<String> all = new ArrayList<>(list);
		all.add(one);
		return all;
	}

}
