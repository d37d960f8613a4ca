package org.talkstracker.operations;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.util.HtmlUtils;
import org.talkstracker.StartsItsOwnApplication;
import org.talkstracker.TalksTrackerApplication;
import org.talkstracker.TestDatabase;
import org.talkstracker.database.EmbeddedPostgresServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application on a PostgreSQL of its own that the test stops and starts again:
 * readers get a 503 page while it is away, an editor's save is refused with a clear
 * message and nothing written, readiness goes down, and everything recovers without a
 * restart.
 */
@StartsItsOwnApplication
class DatabaseOutageTests {

	private static final String EDITOR_PASSWORD = "outage editor password";

	private static final String SOURCE_FORM = "/admin/sources/moscow-times-2025-06-02/edit";

	private static final Pattern INPUT = Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");

	private static final Pattern SELECTED = Pattern
		.compile("(?s)<select[^>]*name=\"([^\"]+)\"[^>]*>.*?<option[^>]*value=\"([^\"]*)\"[^>]*selected");

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
		// Requests wait 1 s for a connection here, not the deployed 3 s (and check one
		// for half of that): three requests meet the outage, each answered with the same
		// 503 sooner.
		this.application = new SpringApplicationBuilder(TalksTrackerApplication.class).run(
				"--" + TestDatabase.OWN_DATABASE + "=true", "--spring.datasource.url=" + this.postgres.jdbcUrl(),
				"--spring.datasource.username=" + this.postgres.username(), "--server.port=0",
				"--management.server.port=0", "--talks.admin.username=outage-editor",
				"--talks.admin.password=" + EDITOR_PASSWORD, "--spring.datasource.hikari.connection-timeout=1000",
				"--spring.datasource.hikari.validation-timeout=500");
		String page = "/rounds/istanbul-2025-06-02";
		HttpClient editor = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		send(editor, "/login", "username=outage-editor&password=" + encode(EDITOR_PASSWORD) + "&_csrf="
				+ encode(csrf(send(editor, "/login", null).body())));
		String form = send(editor, SOURCE_FORM, null).body();
		Map<String, String> fields = inputs(form);
		assertThat(fields).containsKeys("_csrf", "version", "title");
		fields.put("title", "Saved while the database was away");
		assertThat(get(page).statusCode()).isEqualTo(200);
		assertThat(probe("/readyz").statusCode()).isEqualTo(200);

		this.postgres.close();
		this.postgres = null;

		HttpResponse<String> away = get(page);
		assertThat(away.statusCode()).isEqualTo(503);
		assertThat(away.headers().firstValue("Retry-After")).contains("30");
		assertThat(away.body()).contains("Temporarily unavailable", "Talks Tracker").doesNotContain("Exception");
		assertThat(probe("/readyz").statusCode()).isEqualTo(503);
		HttpResponse<String> refused = send(editor, SOURCE_FORM, formBody(fields));
		assertThat(refused.statusCode()).isEqualTo(503);
		assertThat(refused.body()).contains("Temporarily unavailable", "Nothing you sent was saved");
		HttpResponse<String> liveness = probe("/livez");
		assertThat(liveness.statusCode()).as(liveness.body()).isEqualTo(200);

		this.postgres = EmbeddedPostgresServer.start(this.directory, databasePort);

		// The pool retries with a backoff of up to 5 s; each request waits at most 1 s
		// for a connection, so 15 requests give it as long as ever to come back.
		HttpResponse<String> back = get(page);
		for (int attempt = 1; attempt < 15 && back.statusCode() == 503; attempt++) {
			back = get(page);
		}
		assertThat(back.statusCode()).isEqualTo(200);
		assertThat(back.body()).contains("Rustem Umerov").doesNotContain("Saved while the database was away");
		assertThat(probe("/readyz").statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> send(HttpClient client, String path, String form) throws Exception {
		int port = this.application.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html")
			.timeout(Duration.ofSeconds(20));
		if (form != null) {
			request.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form));
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The named inputs of a form page, as a browser would send them back. */
	private static Map<String, String> inputs(String page) {
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher input = INPUT.matcher(page);
		while (input.find()) {
			fields.putIfAbsent(input.group(1), HtmlUtils.htmlUnescape(input.group(2)));
		}
		Matcher select = SELECTED.matcher(page);
		while (select.find()) {
			fields.put(select.group(1), select.group(2));
		}
		return fields;
	}

	private static String formBody(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
	}

	private static String csrf(String page) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
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
