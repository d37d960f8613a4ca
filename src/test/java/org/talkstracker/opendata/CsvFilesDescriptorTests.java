package org.talkstracker.opendata;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.talkstracker.NodeScripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The flat CSV files are described too: {@code /data/datapackage.json} names each file's
 * columns in their order, and the Frictionless library reads the three files with it,
 * every value of the type and within the values it says.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CsvFilesDescriptorTests {

	@Autowired
	MockMvc mvc;

	@TempDir
	Path folder;

	@Test
	void eachCsvFileHasTheColumnsItsDescriptorNamesInTheirOrder() throws Exception {
		JsonNode descriptor = descriptor();

		List<String> paths = new ArrayList<>();
		for (JsonNode resource : descriptor.get("resources")) {
			String path = resource.get("path").asString();
			paths.add(path);
			List<String> fields = new ArrayList<>();
			resource.get("schema").get("fields").forEach((field) -> fields.add(field.get("name").asString()));
			assertThat(header(download("/data/" + path))).as(path).isEqualTo(fields);
		}
		assertThat(paths).containsExactly("rounds.csv", "exchanges.csv", "memoranda.csv");
		assertThat(descriptor.get("licenses").get(0).get("name").asString()).isEqualTo("CC-BY-4.0");
	}

	@Test
	void theFrictionlessLibraryReadsTheFilesWithTheirDescriptor() throws Exception {
		NodeScripts.assumeInstalled();
		Files.writeString(this.folder.resolve("datapackage.json"), download("/data/datapackage.json"));
		for (String file : List.of("rounds.csv", "exchanges.csv", "memoranda.csv")) {
			Files.writeString(this.folder.resolve(file), download("/data/" + file));
		}

		NodeScripts.Result result = NodeScripts.run("validate-datapackage.js", this.folder.resolve("datapackage.json"));

		assertThat(result.code()).as(result.output()).isZero();
		assertThat(result.output()).contains("VALID: 3 resources");
	}

	@Test
	void aValueOutsideTheDescribedOnesFailsValidation() throws Exception {
		NodeScripts.assumeInstalled();
		Files.writeString(this.folder.resolve("datapackage.json"), download("/data/datapackage.json"));
		Files.writeString(this.folder.resolve("rounds.csv"), download("/data/rounds.csv").replace(",held,", ",met,"));
		Files.writeString(this.folder.resolve("exchanges.csv"), download("/data/exchanges.csv"));
		Files.writeString(this.folder.resolve("memoranda.csv"), download("/data/memoranda.csv"));

		NodeScripts.Result result = NodeScripts.run("validate-datapackage.js", this.folder.resolve("datapackage.json"));

		assertThat(result.code()).as(result.output()).isEqualTo(1);
		assertThat(result.output()).contains("rounds");
	}

	private JsonNode descriptor() throws Exception {
		return JsonMapper.builder().build().readTree(download("/data/datapackage.json"));
	}

	private String download(String path) throws Exception {
		return this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static List<String> header(String csv) throws Exception {
		try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(csv))) {
			return parser.iterator().next().toList();
		}
	}

}
