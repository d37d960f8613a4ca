package org.talkstracker.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.talkstracker.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every check and unique constraint of the schema (and every unique index that stands for
 * one) has a name saying its rule, given in the migration
 * ({@code round_ends_after_start}), and code and messages refer to those names only.
 * PostgreSQL numbers the names it generates in the order the checks are written
 * ({@code round_check}, {@code round_check1}), so a message tied to a generated name
 * follows whichever check a later migration happens to put first. Primary and foreign
 * keys keep PostgreSQL's names ({@code round_pkey}, {@code round_process_id_fkey}): those
 * follow from the table and columns alone, and no message names them.
 */
class ConstraintNamesTests {

	/**
	 * Tables whose schema belongs to a framework, copied from its own scripts: Spring
	 * Session's, and Flyway's history. Their names are the framework's to choose.
	 */
	private static final Set<String> FRAMEWORK_TABLES = Set.of("spring_session", "spring_session_attributes",
			"flyway_schema_history");

	/**
	 * The endings PostgreSQL gives the names it makes up: {@code _check}, {@code _key1},
	 * {@code _idx2}…
	 */
	private static final Pattern GENERATED = Pattern.compile(".*_(check|key|excl|idx)\\d*");

	private static final Pattern CONSTRAINT_CODE = Pattern.compile("\"constraint\\.(\\w+)\"");

	private static final Pattern CONSTRAINTS_MAP = Pattern.compile("CONSTRAINTS\\s*=\\s*Map\\.of\\((.*?)\\);",
			Pattern.DOTALL);

	private static final Pattern STRING = Pattern.compile("\"([^\"]*)\"");

	private static JdbcTemplate jdbc;

	private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

	@BeforeAll
	static void migrate() {
		TestDatabase.Target database = TestDatabase.createEmptyDatabase();
		DriverManagerDataSource dataSource = new DriverManagerDataSource(database.url(), database.username(),
				database.password());
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		jdbc = new JdbcTemplate(dataSource);
	}

	@Test
	void everyRuleIsNamedInTheMigrationNotByPostgresql() {
		List<String> generated = rules().entrySet()
			.stream()
			.filter((rule) -> GENERATED.matcher(rule.getKey()).matches())
			.map((rule) -> rule.getKey() + " (" + rule.getValue() + ")")
			.toList();
		assertThat(generated).as("""
				Constraints with a name PostgreSQL generated: name each in the migration after the rule it \
				keeps (constraint round_ends_after_start check (…), or alter table … rename constraint … to …)""")
			.isEmpty();
	}

	@Test
	void everyConstraintAMessageExplainsExists() throws IOException {
		Set<String> rules = rules().keySet();
		List<String> missing = constraintMessages().stream()
			.filter((name) -> !rules.contains(name))
			.map((name) -> "constraint." + name)
			.toList();
		assertThat(missing).as("Messages of constraints the schema does not have").isEmpty();
	}

	@Test
	void everyConstraintTheCodeNamesExistsAndHasAMessage() throws IOException {
		Set<String> rules = rules().keySet();
		Set<String> messages = constraintMessages();
		List<String> wrong = new ArrayList<>();
		for (Resource source : this.resources.getResources("file:src/main/java/**/*.java")) {
			String code = read(source);
			for (String name : constraintsNamedIn(code)) {
				if (!rules.contains(name)) {
					wrong.add(source.getFilename() + ": " + name + " is not in the schema");
				}
				else if (!messages.contains(name)) {
					wrong.add(source.getFilename() + ": " + name + " has no message constraint." + name);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	/**
	 * The schema's checks, unique and exclusion constraints, constraint triggers and
	 * unique indexes no constraint made, with their tables; and the constraints trigger
	 * functions refuse a write under ({@code raise … using constraint = '…'}), with their
	 * functions.
	 */
	private static Map<String, String> rules() {
		Map<String, String> rules = new TreeMap<>();
		jdbc.query("""
				select c.conname as name, t.relname as table_name
				from pg_constraint c
				join pg_class t on t.oid = c.conrelid
				where c.connamespace = current_schema()::regnamespace and c.contype in ('c', 'u', 'x', 't')
				union all
				select (regexp_matches(p.prosrc, 'constraint\\s*=\\s*''(\\w+)''', 'g'))[1], p.proname
				from pg_proc p
				where p.pronamespace = current_schema()::regnamespace
				union all
				select i.relname, t.relname
				from pg_index x
				join pg_class i on i.oid = x.indexrelid
				join pg_class t on t.oid = x.indrelid
				where t.relnamespace = current_schema()::regnamespace and x.indisunique
					and not exists (select from pg_constraint c where c.conindid = x.indexrelid)
				""", (row) -> {
			if (!FRAMEWORK_TABLES.contains(row.getString("table_name"))) {
				rules.put(row.getString("name"), row.getString("table_name"));
			}
		});
		return rules;
	}

	/**
	 * Names of constraints in the code: message codes written out, and the keys of a
	 * controller's CONSTRAINTS.
	 */
	private static Set<String> constraintsNamedIn(String code) {
		Set<String> names = new TreeSet<>();
		Matcher codes = CONSTRAINT_CODE.matcher(code);
		while (codes.find()) {
			if (!codes.group(1).equals("unknown")) {
				names.add(codes.group(1));
			}
		}
		Matcher map = CONSTRAINTS_MAP.matcher(code);
		while (map.find()) {
			Matcher strings = STRING.matcher(map.group(1));
			for (int i = 0; strings.find(); i++) {
				if (i % 2 == 0) {
					names.add(strings.group(1));
				}
			}
		}
		return names;
	}

	/**
	 * The constraints the message bundles explain, by name ({@code constraint.unknown}
	 * explains any other).
	 */
	private Set<String> constraintMessages() throws IOException {
		Set<String> names = new TreeSet<>();
		for (Resource bundle : this.resources.getResources("classpath:messages/*.properties")) {
			Properties properties = new Properties();
			try (InputStream input = bundle.getInputStream();
					Reader reader = new InputStreamReader(input, StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
			properties.stringPropertyNames()
				.stream()
				.filter((key) -> key.startsWith("constraint.") && !key.equals("constraint.unknown"))
				.forEach((key) -> names.add(key.substring("constraint.".length())));
		}
		return names;
	}

	private static String read(Resource resource) throws IOException {
		try (InputStream input = resource.getInputStream()) {
			return new String(input.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
