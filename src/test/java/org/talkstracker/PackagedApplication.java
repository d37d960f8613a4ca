package org.talkstracker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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

import org.springframework.util.FileSystemUtils;

/**
 * The packaged jar (as {@code ./mvnw verify} builds it before the integration tests)
 * started in a JVM of its own on a new database, as an operator starts it: for what only
 * a separate process shows, such as how it behaves with a small heap. It keeps its
 * downloads in a directory of its own, deleted when it stops.
 */
public final class PackagedApplication implements AutoCloseable {

	private static final Pattern PORT = Pattern
		.compile("Tomcat started on port (\\d+) \\(http\\) with context path '/'");

	private final Process process;

	private final StringBuilder log = new StringBuilder();

	private final int port;

	private final Path downloads;

	private PackagedApplication(Process process, Path downloads) throws Exception {
		this.process = process;
		this.downloads = downloads;
		CompletableFuture<Integer> started = new CompletableFuture<>();
		Thread reader = new Thread(() -> read(started), "packaged-application-log");
		reader.setDaemon(true);
		reader.start();
		this.port = started.get(180, TimeUnit.SECONDS);
	}

	/**
	 * Starts the jar with these JVM options and application arguments on a new database,
	 * and returns once it has loaded the reference data, the last step of starting on a
	 * new database.
	 */
	public static PackagedApplication start(List<String> jvmOptions, List<String> arguments) throws Exception {
		TestDatabase.Target database = TestDatabase.createEmptyDatabase();
		Path downloads = Files.createTempDirectory("talks-packaged-downloads");
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar().toString(), "--server.port=0", "--management.server.port=0",
				"--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.username(),
				"--talks.downloads.directory=" + downloads));
		if (database.password() != null) {
			command.add("--spring.datasource.password=" + database.password());
		}
		command.addAll(arguments);
		return new PackagedApplication(new ProcessBuilder(command).redirectErrorStream(true).start(), downloads);
	}

	public int port() {
		return this.port;
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	/** What it has written to its standard output and error so far. */
	public String log() {
		synchronized (this.log) {
			return this.log.toString();
		}
	}

	/**
	 * Stops it as an operator would (SIGTERM), and forcibly if it has not ended a minute
	 * later.
	 */
	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
		FileSystemUtils.deleteRecursively(this.downloads.toFile());
	}

	private void read(CompletableFuture<Integer> started) {
		Integer publicPort = null;
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				synchronized (this.log) {
					this.log.append(line).append('\n');
				}
				Matcher port = PORT.matcher(line);
				if (port.find() && publicPort == null) {
					publicPort = Integer.valueOf(port.group(1));
				}
				if (line.contains("Loaded the reference data set") && publicPort != null) {
					started.complete(publicPort);
				}
			}
			started.completeExceptionally(new IllegalStateException("The application stopped:\n" + log()));
		}
		catch (IOException ex) {
			started.completeExceptionally(ex);
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
