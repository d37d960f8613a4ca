package org.talkstracker.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springdoc.core.models.GroupedOpenApi;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.talkstracker.web.DataLicence;

/**
 * The API's OpenAPI description, generated from its controller by springdoc at
 * {@code /v3/api-docs/v1}, browsable at {@code /swagger-ui.html}. Only the API is
 * described, not the site's pages. Its licence is the data's, by its SPDX identifier (an
 * OpenAPI 3.1 license has an identifier or a URL, never both).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	GroupedOpenApi talksTrackerApi() {
		return GroupedOpenApi.builder().group("v1").pathsToMatch("/api/v1/**").build();
	}

	@Bean
	OpenAPI talksTrackerOpenApi(DataLicence licence) {
		return new OpenAPI().info(new Info().title("Talks Tracker API")
			.version("v1")
			.description("Read-only access to published peace talks data: processes, rounds, exchanges, memoranda and "
					+ "people. Errors are RFC 9457 problem details; responses carry ETags. The short quotes in the data "
					+ "remain their authors' and are given with their source.")
			.license(new License().name(licence.getTitle()).identifier(licence.getIdentifier())));
	}

}
