package org.talkstracker.database;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Size;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.talkstracker.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text column has a length limit, stated in the schema (a {@code varchar(n)}, or
 * where V2's search columns are computed from the column, a check {@code
 *
<table>
 * _<column>_length}), and the editing form's field ({@code @Size(max)}, a message at the
 * field) and the data file's JSON Schema ({@code maxLength}) allow exactly as much.
 */
class TextLimitsTests {

	/**
	 * Each text column an editor or a data file writes: the form field and the JSON
	 * Schema property that fill it (none for what a data file never holds, such as a
	 * withdrawal's reason).
	 */
	private static final List<Limit> LIMITS = List.of(
			new Limit("source", "publisher", "source.SourceForm", "publisher", "/$defs/source/properties/publisher"),
			new Limit("source", "title", "source.SourceForm", "title", "/$defs/source/properties/title"),
			new Limit("source", "url", "source.SourceForm", "url", "/$defs/source/properties/url"),
			new Limit("source", "note", "source.SourceForm", "note", "/$defs/source/properties/note"),
			new Limit("party", "name", "process.PartyForm", "name", "/$defs/party/properties/name"),
			new Limit("person", "name", "people.PersonForm", "name", "/$defs/person/properties/name"),
			new Limit("process", "name", "process.ProcessForm", "name", "/$defs/process/properties/name"),
			new Limit("process", "description", "process.ProcessForm", "description",
					"/$defs/process/properties/description"),
			new Limit("round", "city", "round.RoundForm", "city", "/$defs/round/properties/city"),
			new Limit("round", "venue", "round.RoundForm", "venue", "/$defs/round/properties/venue"),
			new Limit("round", "summary", "round.RoundForm", "summary", "/$defs/round/properties/summary"),
			new Limit("round", "outcome", "round.RoundForm", "outcome", "/$defs/round/properties/outcome"),
			new Limit("round", "next_steps", "round.RoundForm", "nextSteps", "/$defs/round/properties/nextSteps"),
			new Limit("delegation_member", "title", "round.MemberForm", "title",
					"/$defs/delegation/properties/members/items/properties/title"),
			new Limit("third_party", "note", "round.ThirdPartyForm", "note", "/$defs/thirdParty/properties/note"),
			new Limit("proposal", "title", "proposal.ProposalForm", "title", "/$defs/proposal/properties/title"),
			new Limit("proposal", "details", "proposal.ProposalForm", "details", "/$defs/proposal/properties/details"),
			new Limit("proposal", "response", "proposal.ProposalForm", "response",
					"/$defs/proposal/properties/response"),
			new Limit("exchange_agreement", "criteria", "exchange.ExchangeForm", "criteria",
					"/$defs/exchange/properties/criteria"),
			new Limit("exchange_agreement", "description", "exchange.ExchangeForm", "description",
					"/$defs/exchange/properties/description"),
			new Limit("exchange_stage", "note", "exchange.StageForm", "note",
					"/$defs/exchange/properties/stages/items/properties/note"),
			new Limit("memorandum", "title", "memorandum.MemorandumForm", "title",
					"/$defs/memorandum/properties/title"),
			new Limit("memorandum", "summary", "memorandum.MemorandumForm", "summary",
					"/$defs/memorandum/properties/summary"),
			new Limit("clause", "text", "memorandum.ClauseForm", "text",
					"/$defs/memorandum/properties/clauses/items/properties/text"),
			new Limit("statement", "speaker_title", "statement.StatementForm", "speakerTitle",
					"/$defs/statement/properties/speakerTitle"),
			new Limit("statement", "text", "statement.StatementForm", "text", "/$defs/statement/properties/text"),
			new Limit("statement", "quote", "statement.StatementForm", "quote", "/$defs/statement/properties/quote"),
			new Limit("context_event", "title", "timeline.ContextEventForm", "title",
					"/$defs/contextEvent/properties/title"),
			new Limit("context_event", "description", "timeline.ContextEventForm", "description",
					"/$defs/contextEvent/properties/description"),
			new Limit("round_withdrawal", "reason", "round.WithdrawalForm", "reason", null),
			new Limit("data_set_release", "note", "opendata.DataSetReleaseForm", "note", null));

	private static final Pattern AT_MOST = Pattern.compile("char_length\\(\\(?(\\w+)\\)?(::text)?\\) <= (\\d+)");

	private static JdbcTemplate jdbc;

	@BeforeAll
	static void migrate() {
		TestDatabase.Target database = TestDatabase.createEmptyDatabase();
		DriverManagerDataSource dataSource = new DriverManagerDataSource(database.url(), database.username(),
				database.password());
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		jdbc = new JdbcTemplate(dataSource);
	}

	@Test
	void theSchemaTheFormsAndTheDataFileAllowTheSameLengthOfEachText() throws Exception {
		JsonNode schema;
		try (InputStream input = new ClassPathResource("datafile/talks-tracker-data.schema.json").getInputStream()) {
			schema = JsonMapper.builder().build().readTree(input);
		}
		List<String> differing = new ArrayList<>();
		for (Limit limit : LIMITS) {
			Integer column = columnLimit(limit.table(), limit.column());
			Integer form = formLimit(limit.form(), limit.field());
			Integer json = column;
			if (limit.json() != null) {
				JsonNode property = schema.at(limit.json());
				assertThat(property.isMissingNode()).as(limit.json()).isFalse();
				json = property.has("maxLength") ? property.get("maxLength").asInt() : null;
			}
			if (column == null || !column.equals(form) || !column.equals(json)) {
				differing.add("%s.%s: schema %s, %s.%s @Size(max) %s, JSON Schema %s maxLength %s".formatted(
						limit.table(), limit.column(), column, limit.form(), limit.field(), form, limit.json(), json));
			}
		}
		assertThat(differing).isEmpty();
	}

	/**
	 * Computed text is left out: generated columns, and the search documents (V41), which
	 * triggers copy from limited columns of the facts and nobody writes.
	 */
	@Test
	void everyTextColumnOfTheDomainHasALimit() {
		List<String> unlimited = jdbc.queryForList("""
				select c.table_name || '.' || c.column_name
				from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.table_schema = current_schema() and t.table_type = 'BASE TABLE' and c.data_type = 'text'
				  and c.table_name not like '%\\_aud' and c.table_name not in ('revision', 'flyway_schema_history')
				  and c.is_generated = 'NEVER' and c.table_name <> 'search_document'
				""", String.class)
			.stream()
			.filter((column) -> columnLimit(column.split("\\.")[0], column.split("\\.")[1]) == null)
			.toList();
		assertThat(unlimited).isEmpty();
	}

	/**
	 * The column's limit: its {@code varchar(n)}, or its check {@code
	 *
	<table>
	 * _<column>_length}.
	 */
	private static Integer columnLimit(String table, String column) {
		Integer declared = jdbc.queryForObject("""
				select character_maximum_length from information_schema.columns
				where table_schema = current_schema() and table_name = ? and column_name = ?""", Integer.class, table,
				column);
		if (declared != null) {
			return declared;
		}
		List<String> checks = jdbc.queryForList("""
				select pg_get_constraintdef(oid) from pg_constraint
				where conname = ? and connamespace = current_schema()::regnamespace""", String.class,
				table + "_" + column + "_length");
		for (String check : checks) {
			Matcher matcher = AT_MOST.matcher(check);
			if (matcher.find() && matcher.group(1).equals(column)) {
				return Integer.valueOf(matcher.group(3));
			}
		}
		return null;
	}

	/**
	 * The {@code @Size(max)} of the form's field (a record's component annotation is kept
	 * on its field).
	 */
	private static Integer formLimit(String form, String field) throws ReflectiveOperationException {
		Size size = Class.forName("org.talkstracker." + form).getDeclaredField(field).getAnnotation(Size.class);
		return (size != null) ? size.max() : null;
	}

	record Limit(String table, String column, String form, String field, String json) {
	}

}
