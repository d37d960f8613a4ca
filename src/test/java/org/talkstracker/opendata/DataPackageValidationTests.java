package org.talkstracker.opendata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.NodeScripts;
import org.talkstracker.NodeScripts.Result;
import org.talkstracker.datafile.DataFileImporter;
import org.talkstracker.datafile.GeneratedRounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The data package as someone else's code reads it:
 * {@code scripts/validate-datapackage.js} runs the Frictionless Data Package library for
 * JavaScript over it, checking every type, constraint and foreign key. Skipped only where
 * there is no {@code node}; the script's dependencies are installed from
 * {@code scripts/package-lock.json} when missing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DataPackageValidationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataFileImporter importer;

	@TempDir
	Path folder;

	@BeforeAll
	static void validatorInstalled() throws Exception {
		NodeScripts.assumeInstalled();
	}

	@Test
	void theReferenceDataPackageIsValidToTheFrictionlessLibrary() throws Exception {
		Result result = validate(write("reference.zip", downloadPackage()));

		assertThat(result.code()).as(result.output()).isZero();
		assertThat(result.output()).contains("VALID: 20 resources");
	}

	@Test
	@Transactional
	void aPackageWithManyFactsAndDisputesIsValid() throws Exception {
		this.importer.importFile("generated", GeneratedRounds.process("validated", 40, true));

		Result result = validate(write("generated.zip", downloadPackage()));

		assertThat(result.code()).as(result.output()).isZero();
	}

	@Test
	void aBrokenForeignKeyFailsValidation() throws Exception {
		Map<String, String> files = DataPackageTests.unzip(downloadPackage());
		String members = files.get("members.csv");
		String[] lines = members.split("\r\n");
		String[] first = lines[1].split(",", -1);
		first[2] = "999999";
		lines[1] = String.join(",", first);
		files.put("members.csv", String.join("\r\n", lines) + "\r\n");

		Result result = validate(write("broken.zip", zip(files)));

		assertThat(result.code()).as(result.output()).isEqualTo(1);
		assertThat(result.output()).contains("INVALID").contains("members").containsIgnoringCase("foreign key");
	}

	@Test
	void aValueOfTheWrongTypeFailsValidation() throws Exception {
		Map<String, String> files = DataPackageTests.unzip(downloadPackage());
		files.put("rounds.csv", files.get("rounds.csv").replace(",2025-06-02,", ",2 June 2025,"));

		Result result = validate(write("mistyped.zip", zip(files)));

		assertThat(result.code()).as(result.output()).isEqualTo(1);
		assertThat(result.output()).contains("rounds");
	}

	private byte[] downloadPackage() throws Exception {
		return this.mvc.perform(get("/data/talks-tracker-datapackage.zip"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private Path write(String name, byte[] zip) throws IOException {
		return Files.write(this.folder.resolve(name), zip);
	}

	private static byte[] zip(Map<String, String> files) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, String> file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	private static Result validate(Path dataPackage) throws Exception {
		return NodeScripts.run("validate-datapackage.js", dataPackage);
	}

}
