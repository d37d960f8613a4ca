package org.talkstracker.database;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.talkstracker.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Text stored blank before V16 (an empty box saved as {@code ''}) becomes empty
 * ({@code null}), and from then on the schema refuses blank text in every text column.
 */
class BlankTextMigrationTests {

	@Test
	void blankTextBecomesEmptyAndIsRefusedFromThenOn() {
		TestDatabase.Target database = TestDatabase.createEmptyDatabase();
		DriverManagerDataSource dataSource = new DriverManagerDataSource(database.url(), database.username(),
				database.password());
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("15").load().migrate();
		jdbc.update("insert into process (id, slug, name, description) values (1, 'p', 'Process', '')");
		jdbc.update("""
				insert into round (id, process_id, slug, number, status, city, held_on, summary, outcome, next_steps)
				values (1, 1, 'r', 1, 'HELD', '', date '2025-06-02', ' ', e'\\n\\t', 'Talks go on.')""");
		jdbc.update(
				"insert into source (id, slug, publisher, title, kind, note) values (1, 's', 'P', 'T', 'OFFICIAL', '')");

		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

		assertThat(jdbc.queryForList("select description from process"))
			.containsExactly(java.util.Collections.singletonMap("description", null));
		assertThat(jdbc.queryForMap("select city, summary, outcome, next_steps from round")).containsEntry("city", null)
			.containsEntry("summary", null)
			.containsEntry("outcome", null)
			.containsEntry("next_steps", "Talks go on.");
		assertThat(jdbc.queryForObject("select note from source", String.class)).isNull();
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> jdbc.update("update round set summary = ''"))
			.withMessageContaining("round_summary_not_blank");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> jdbc.update("update process set name = '  '"))
			.withMessageContaining("process_name_not_blank");
	}

}
