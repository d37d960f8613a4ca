package org.talkstracker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar starts in the fast-start mode (docs/OPERATIONS.md): its ahead-of-time
 * processed beans and repositories ({@code -Dspring.aot.enabled=true}) run against a new
 * database, load the reference data (a setting read at start, not at build), and serve
 * the pages. The other tests run the application as Spring builds it at run time, so only
 * this one would see the AOT mode break.
 */
class FastStartIT {

	private static final Pattern PORT = Pattern
		.compile("Tomcat started on port (\\d+) \\(http\\) with context path '/'");

	@Test
	void thePackagedJarStartsWithItsAotProcessedBeansAndServesTheReferenceData(@TempDir Path downloads)
			throws Exception {
		TestDatabase.Target database = TestDatabase.createEmptyDatabase();
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-Xmx256m", "-Dspring.aot.enabled=true", "-jar", jar().toString(), "--server.port=0",
				"--management.server.port=0", "--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=" + database.username(), "--talks.downloads.directory=" + downloads));
		if (database.password() != null) {
			command.add("--spring.datasource.password=" + database.password());
		}
		Process application = new ProcessBuilder(command).redirectErrorStream(true).start();
		try {
			CompletableFuture<Integer> port = new CompletableFuture<>();
			StringBuilder log = new StringBuilder();
			Thread reader = new Thread(() -> read(application, port, log), "fast-start-log");
			reader.setDaemon(true);
			reader.start();

			int publicPort = port.get(180, TimeUnit.SECONDS);
			synchronized (log) {
				assertThat(log.toString()).contains("Starting AOT-processed TalksTrackerApplication");
			}

			HttpResponse<String> round = get(publicPort, "/rounds/istanbul-2025-06-02");
			assertThat(round.statusCode()).isEqualTo(200);
			assertThat(round.body()).contains("Istanbul").contains("Medinsky");
			HttpResponse<String> csv = get(publicPort, "/data/rounds.csv?status=held");
			assertThat(csv.statusCode()).isEqualTo(200);
			assertThat(csv.body()).contains("istanbul-2025-05-16").contains("istanbul-2025-06-02");
		}
		finally {
			application.destroy();
			if (!application.waitFor(60, TimeUnit.SECONDS)) {
				application.destroyForcibly();
			}
		}
	}

	private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/**
	 * Completes {@code port} once the reference data is loaded, the last step of starting
	 * on a new database.
	 */
	private static void read(Process application, CompletableFuture<Integer> port, StringBuilder log) {
		Integer publicPort = null;
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(application.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				synchronized (log) {
					log.append(line).append('\n');
				}
				Matcher started = PORT.matcher(line);
				if (started.find() && publicPort == null) {
					publicPort = Integer.valueOf(started.group(1));
				}
				if (line.contains("Loaded the reference data set") && publicPort != null) {
					port.complete(publicPort);
				}
			}
			port.completeExceptionally(new IllegalStateException("The application stopped:\n" + log));
		}
		catch (IOException ex) {
			port.completeExceptionally(ex);
		}
	}

	private static Path jar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter((file) -> file.getFileName().toString().matches("talks-tracker-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No packaged jar in target/: run ./mvnw verify"));
		}
	}

}
