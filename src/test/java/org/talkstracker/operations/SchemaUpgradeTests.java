package org.talkstracker.operations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.talkstracker.StartsItsOwnApplication;
import org.talkstracker.TalksTrackerApplication;
import org.talkstracker.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database created by the first schema, with data in it, migrates to the current one
 * with nothing lost.
 */
@StartsItsOwnApplication
class SchemaUpgradeTests {

	private static final List<String> TABLES = List.of("source", "party", "person", "person_alias", "process", "round",
			"delegation", "delegation_member", "proposal", "statement", "citation");

	@Test
	void dataWrittenByTheFirstSchemaSurvivesEveryMigration() throws Exception {
		TestDatabase.Target database = TestDatabase.createEmptyDatabase();
		DriverManagerDataSource dataSource = new DriverManagerDataSource(database.url(), database.username(),
				database.password());
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("1").load().migrate();
		try (var connection = dataSource.getConnection()) {
			ScriptUtils.executeSqlScript(connection, new ClassPathResource("upgrade/v1-data.sql"));
		}
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		List<Object> before = counts(jdbc);

		try (ConfigurableApplicationContext application = new SpringApplicationBuilder(TalksTrackerApplication.class)
			.run("--" + TestDatabase.OWN_DATABASE + "=true", "--spring.datasource.url=" + database.url(),
					"--spring.datasource.username=" + database.username(),
					"--spring.datasource.password=" + database.password(), "--server.port=0",
					"--management.server.port=0")) {
			int port = application.getEnvironment().getRequiredProperty("local.server.port", Integer.class);

			assertThat(counts(jdbc)).isEqualTo(before);
			assertThat(page(port, "/rounds/geneva-2024-03-01")).contains("Ana Nowak", "Foreign Minister",
					"A joint lighthouse commission", "Example Wire");
			// Columns added later (the search documents) are filled for rows that predate
			// them.
			assertThat(page(port, "/search?q=lighthouse")).contains("A joint lighthouse commission");
			assertThat(page(port, "/rounds?q=Novak")).contains("geneva-2024-03-01");
		}
	}

	private static List<Object> counts(JdbcTemplate jdbc) {
		return TABLES.stream()
			.map((table) -> (Object) jdbc.queryForObject("select count(*) from " + table, Long.class))
			.toList();
	}

	private static String page(int port, String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
	}

}
