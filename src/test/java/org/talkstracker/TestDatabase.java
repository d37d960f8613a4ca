package org.talkstracker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.FileSystemUtils;
import org.talkstracker.database.EmbeddedPostgresServer;

/**
 * Gives every test application a real PostgreSQL, chosen once per test JVM (Surefire runs
 * one): the server named by {@value #VARIABLE} when set (a fresh database is created on
 * it for the JVM's tests and dropped after), else a Testcontainers PostgreSQL when a
 * Docker engine answers, else an embedded PostgreSQL. Registered for all tests in
 * {@code META-INF/spring.factories}.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String VARIABLE = "TALKS_TEST_DATABASE_URL";

	private static final Logger logger = LoggerFactory.getLogger(TestDatabase.class);

	private static final Pattern DATABASE_NAME = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(.*)$");

	/** The server's maintenance connection, used to create and drop databases. */
	private static Target server;

	private static Target target;

	/** Where the tests' database is, and how to sign in. */
	public record Target(String url, String username, String password) {

		/**
		 * Points the application of a test at this database (from its
		 * {@code @DynamicPropertySource}).
		 */
		public void register(DynamicPropertyRegistry registry) {
			registry.add("spring.datasource.url", this::url);
			registry.add("spring.datasource.username", this::username);
			registry.add("spring.datasource.password", this::password);
		}

	}

	/** Set by a test that starts an application on a database of its own. */
	public static final String OWN_DATABASE = "talks.test-database.own";

	/**
	 * Set by {@link CommittingTest}: the application runs on the database kept for tests
	 * whose edits commit.
	 */
	public static final String COMMITTING = "talks.test-database.committing";

	/**
	 * Set by {@link ServedOverHttp}: the application runs on a database of its own, so
	 * that what its tests commit is not seen by the mock-environment tests running beside
	 * them (the test classes run two at a time, see {@code junit-platform.properties}).
	 */
	public static final String SERVED = "talks.test-database.served";

	private static Target served;

	private static Target committing;

	private static Path committingDownloads;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (context.getEnvironment().getProperty(OWN_DATABASE, Boolean.class, false)) {
			return;
		}
		Map<String, Object> properties = new HashMap<>();
		boolean commits = context.getEnvironment().getProperty(COMMITTING, Boolean.class, false);
		boolean overHttp = context.getEnvironment().getProperty(SERVED, Boolean.class, false);
		Target database = commits ? committing() : overHttp ? served() : target();
		properties.put("spring.datasource.url", database.url());
		properties.put("spring.datasource.username", database.username());
		properties.put("spring.datasource.password", database.password());
		if (commits) {
			properties.put("talks.downloads.directory", committingDownloads.toString());
		}
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("talksTestDatabase", properties));
	}

	public static synchronized Target target() {
		if (target == null) {
			target = choose();
		}
		return target;
	}

	/**
	 * The database of the tests whose edits commit, created empty once per JVM (the
	 * reference data is loaded into it when their application starts), and the directory
	 * where that application keeps its downloads, so that the tests can look at it.
	 */
	private static synchronized Target committing() {
		if (committing == null) {
			committing = createEmptyDatabase();
			try {
				committingDownloads = Files.createTempDirectory("talks-test-downloads");
			}
			catch (IOException ex) {
				throw new IllegalStateException("Could not create a directory for the downloads", ex);
			}
			Path directory = committingDownloads;
			Runtime.getRuntime()
				.addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(directory.toFile())));
		}
		return committing;
	}

	/**
	 * The database of the applications served over HTTP, created empty once per JVM (the
	 * reference data is loaded into it when their application starts).
	 */
	public static synchronized Target served() {
		if (served == null) {
			served = createEmptyDatabase();
		}
		return served;
	}

	/** A new empty database on the same server, for a test that needs one to itself. */
	public static synchronized Target createEmptyDatabase() {
		target();
		String name = "talks_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute(server, "create database " + name);
		// A test database needs no durability across a crash of the server: commits
		// return
		// without waiting for the disk (each waited 4 to 6 ms here), and are seen by
		// other
		// sessions as before.
		execute(server, "alter database " + name + " set synchronous_commit = off");
		Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(server, name)));
		return new Target(withDatabase(server.url(), name), server.username(), server.password());
	}

	private static Target choose() {
		String url = System.getenv(VARIABLE);
		if (url != null && !url.isBlank()) {
			server = new Target(url, env("TALKS_TEST_DATABASE_USERNAME", System.getProperty("user.name")),
					env("TALKS_TEST_DATABASE_PASSWORD", ""));
			target = server;
			Target fresh = createEmptyDatabase();
			logger.info("Test database: a fresh database on the server named by {}: {}", VARIABLE, fresh.url());
			return fresh;
		}
		if (DockerClientFactory.instance().isDockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
			container.start();
			logger.info("Test database: Testcontainers PostgreSQL at {}", container.getJdbcUrl());
			server = new Target(container.getJdbcUrl(), container.getUsername(), container.getPassword());
			return server;
		}
		return startEmbedded();
	}

	private static Target startEmbedded() {
		try {
			Path directory = Files.createTempDirectory("talks-test-postgres");
			EmbeddedPostgresServer embedded = EmbeddedPostgresServer.start(directory);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				embedded.close();
				FileSystemUtils.deleteRecursively(directory.toFile());
			}));
			logger.info("Test database: embedded PostgreSQL at {} (no {} set, no Docker engine)", embedded.jdbcUrl(),
					VARIABLE);
			TestDatabase.server = new Target(embedded.jdbcUrl(), embedded.username(), "");
			return TestDatabase.server;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start an embedded PostgreSQL for the tests", ex);
		}
	}

	private static String withDatabase(String url, String database) {
		Matcher matcher = DATABASE_NAME.matcher(url);
		if (!matcher.matches()) {
			throw new IllegalArgumentException(
					VARIABLE + " must look like jdbc:postgresql://host:port/database, not " + url);
		}
		return matcher.group(1) + database + matcher.group(3);
	}

	private static void execute(Target server, String sql) {
		try (Connection connection = DriverManager.getConnection(server.url(), server.username(), server.password());
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on " + server.url(), ex);
		}
	}

	private static void dropQuietly(Target server, String name) {
		try {
			execute(server, "drop database if exists " + name + " with (force)");
		}
		catch (IllegalStateException ex) {
			logger.warn("Could not drop the test database {}", name, ex);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null) ? value : fallback;
	}

}
