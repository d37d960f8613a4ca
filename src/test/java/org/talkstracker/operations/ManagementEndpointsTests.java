package org.talkstracker.operations;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Probes on the public port; health details, metrics and build info only on the loopback
 * management port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ManagementEndpointsTests {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Value("${management.server.address}")
	String managementAddress;

	private final RestClient http = RestClient.builder().defaultStatusHandler((status) -> true, (request, response) -> {
	}).build();

	@Test
	void livenessAndReadinessAnswerOnThePublicPort() {
		assertThat(get("http://localhost:" + this.port + "/livez").getBody()).contains("\"UP\"");
		assertThat(get("http://localhost:" + this.port + "/readyz").getBody()).contains("\"UP\"")
			.doesNotContain("PostgreSQL");
	}

	@Test
	void metricsAndBuildInfoAreNotPublic() {
		assertThat(get("http://localhost:" + this.port + "/actuator/prometheus").getStatusCode().value())
			.isEqualTo(404);
		assertThat(get("http://localhost:" + this.port + "/actuator/info").getStatusCode().value()).isEqualTo(404);
		assertThat(get("http://localhost:" + this.port + "/actuator/health").getStatusCode().value()).isEqualTo(404);
	}

	@Test
	void theManagementPortListensOnLoopbackWithMetricsAndBuildInfo() {
		assertThat(this.managementAddress).isEqualTo("127.0.0.1");
		String management = "http://127.0.0.1:" + this.managementPort;
		assertThat(get(management + "/actuator/prometheus").getBody()).contains("jvm_memory_used_bytes",
				"hikaricp_connections");
		assertThat(get(management + "/actuator/info").getBody()).contains("\"build\"", "talks-tracker");
		assertThat(get(management + "/actuator/health").getBody()).contains("\"db\"");
	}

	@Test
	void eachRequestIsTimedAsAWholeNotFilterByFilter() {
		get("http://localhost:" + this.port + "/rounds");

		String metrics = get("http://127.0.0.1:" + this.managementPort + "/actuator/prometheus").getBody();
		assertThat(metrics).contains("http_server_requests_seconds_count{").contains("uri=\"/rounds\"");
		assertThat(metrics).doesNotContain("spring_security_filterchains", "spring_security_authorizations");
	}

	private ResponseEntity<String> get(String url) {
		return this.http.get().uri(url).retrieve().toEntity(String.class);
	}

}
