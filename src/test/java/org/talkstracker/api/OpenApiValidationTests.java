package org.talkstracker.api;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.talkstracker.NodeScripts;
import org.talkstracker.NodeScripts.Result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI description as someone else's code reads it: swagger-parser validates it
 * against the official schema of its OpenAPI version ({@link NodeScripts}: skipped only
 * where there is no {@code node}).
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiValidationTests {

	@Autowired
	MockMvc mvc;

	@TempDir
	Path folder;

	@BeforeAll
	static void validatorInstalled() throws Exception {
		NodeScripts.assumeInstalled();
	}

	@Test
	void swaggerParserFindsTheDescriptionValid() throws Exception {
		byte[] description = this.mvc.perform(get("/v3/api-docs/v1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		Result result = NodeScripts.run("validate-openapi.js",
				Files.write(this.folder.resolve("api-docs.json"), description));

		assertThat(result.code()).as(result.output()).isZero();
		assertThat(result.output()).contains("VALID: OpenAPI 3.");
	}

	@Test
	void theDescriptionStatesTheDataLicence() throws Exception {
		this.mvc.perform(get("/v3/api-docs/v1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.info.license.name").value("Creative Commons Attribution 4.0 International"))
			.andExpect(jsonPath("$.info.license.identifier").value("CC-BY-4.0"));
	}

}
