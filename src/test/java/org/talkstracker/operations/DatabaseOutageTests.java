package org.talkstracker.operations;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import org.talkstracker.TalksTrackerApplication;
import org.talkstracker.TestDatabase;
import org.talkstracker.database.EmbeddedPostgresServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application on a PostgreSQL of its own that the test stops and starts again: readers get
 * a 503 page while it is away, readiness goes down, and everything recovers without a restart.
 */
class DatabaseOutageTests {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Path directory;

	private EmbeddedPostgresServer postgres;

	private ConfigurableApplicationContext application;

	@AfterEach
	void stop() {
		if (this.application != null) {
			this.application.close();
		}
		if (this.postgres != null) {
			this.postgres.close();
		}
		if (this.directory != null) {
			FileSystemUtils.deleteRecursively(this.directory.toFile());
		}
	}

	@Test
	void readersGetA503PageWhileTheDatabaseIsAwayAndPagesComeBackWithoutARestart() throws Exception {
		this.directory = Files.createTempDirectory("talks-outage");
		int databasePort = freePort();
		this.postgres = EmbeddedPostgresServer.start(this.directory, databasePort);
		this.application = new SpringApplicationBuilder(TalksTrackerApplication.class).run(
				"--" + TestDatabase.OWN_DATABASE + "=true", "--spring.datasource.url=" + this.postgres.jdbcUrl(),
				"--spring.datasource.username=" + this.postgres.username(), "--server.port=0",
				"--management.server.port=0");
		String page = "/rounds/istanbul-2025-06-02";
		assertThat(get(page).statusCode()).isEqualTo(200);
		assertThat(probe("/readyz").statusCode()).isEqualTo(200);

		this.postgres.close();
		this.postgres = null;

		HttpResponse<String> away = get(page);
		assertThat(away.statusCode()).isEqualTo(503);
		assertThat(away.headers().firstValue("Retry-After")).contains("30");
		assertThat(away.body()).contains("Temporarily unavailable", "Talks Tracker").doesNotContain("Exception");
		assertThat(probe("/readyz").statusCode()).isEqualTo(503);
		HttpResponse<String> liveness = probe("/livez");
		assertThat(liveness.statusCode()).as(liveness.body()).isEqualTo(200);

		this.postgres = EmbeddedPostgresServer.start(this.directory, databasePort);

		// The pool retries with a backoff of up to 5 s; each request waits at most 3 s for a connection.
		HttpResponse<String> back = get(page);
		for (int attempt = 1; attempt < 5 && back.statusCode() == 503; attempt++) {
			back = get(page);
		}
		assertThat(back.statusCode()).isEqualTo(200);
		assertThat(back.body()).contains("Rustem Umerov");
		assertThat(probe("/readyz").statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(path, "text/html");
	}

	private HttpResponse<String> probe(String path) throws IOException, InterruptedException {
		return send(path, "application/json");
	}

	private HttpResponse<String> send(String path, String accept) throws IOException, InterruptedException {
		int port = this.application.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", accept)
			.timeout(Duration.ofSeconds(20))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
