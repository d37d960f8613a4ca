package org.talkstracker.datafile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.SqlStatements;
import org.talkstracker.TalksTrackerApplication;
import org.talkstracker.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
class DataFileWriterTests {

	private static final String ROUND_TWO = "istanbul-2025-06-02";

	@Autowired
	DataFileWriter writer;

	@Autowired
	DataFileReader reader;

	@Autowired
	DataFileImporter importer;

	@Test
	void roundTwoExportsAsAValidDataFileWithWhatItRefersTo() {
		byte[] file = this.writer.round(ROUND_TWO).orElseThrow();

		DataFile read = this.reader.read("round 2", new ByteArrayInputStream(file));

		assertThat(read.processes()).singleElement().satisfies((process) -> {
			assertThat(process.rounds()).extracting(DataFile.RoundEntry::slug).containsExactly(ROUND_TWO);
			assertThat(process.memoranda()).extracting(DataFile.MemorandumEntry::slug)
				.containsExactly("russian-memorandum-2025-06", "ukrainian-memorandum-2025-06");
			assertThat(process.statements()).hasSize(14)
				.anySatisfy((statement) -> assertThat(statement.disputes()).isEqualTo("umerov-children-list"))
				.anySatisfy((statement) -> assertThat(statement.sources())
					.containsExactly("ukrainian-state-media-umerov-third-meeting", "moscow-times-2025-06-02"));
			assertThat(process.contextEvents()).isEmpty();
		});
		assertThat(read.people()).extracting(DataFile.PersonEntry::slug)
			.containsExactly("alexander-fomin", "igor-kostyukov", "keith-kellogg", "mikhail-galuzin", "oleh-luhovskyi",
					"oleksandr-poklad", "rustem-umerov", "serhiy-kyslytsya", "vladimir-medinsky", "volodymyr-zelensky");
		// The sources of the round's facts, of its memoranda and statements, and of the
		// totals the parties report of its exchanges (Budapest Post's).
		assertThat(read.sources()).extracting(DataFile.SourceEntry::slug)
			.containsExactly("axios-children-offer", "babel-118661", "budapest-post-tass-bodies-totals",
					"censor-net-3555925", "hromadske-245755", "liga-net-2025-06-13-bodies", "moscow-times-2025-06-02",
					"moscow-times-2025-07-17-bodies", "news-az-2025-06-02-delegations",
					"news-pravda-2025-06-07-bodies-at-exchange-point", "russian-state-news-agencies-memorandum",
					"tass-1966757", "tass-1967401", "tass-1967467", "tass-1971825", "trt-world-2025-06-02-delegations",
					"trt-world-e8f4a5359941", "ukrainian-state-media-umerov-third-meeting",
					"ukrainska-pravda-2025-06-02-russian-memorandum", "ukrainska-pravda-2025-06-16-bodies",
					"unn-2025-06-02-second-round");
	}

	@Test
	void enumsAreLowercaseAndEmptyValuesAbsentAsInTheReferenceFile() throws Exception {
		JsonNode round = JsonMapper.builder().build().readTree(this.writer.round(ROUND_TWO).orElseThrow());

		JsonNode exchange = round.at("/processes/0/rounds/0/exchanges/1");
		assertThat(exchange.get("kind").asString()).isEqualTo("prisoners_of_war");
		assertThat(exchange.at("/sideA").has("agreedCount")).isFalse();
		assertThat(round.at("/processes/0/rounds/0/duration/precision").asString()).isEqualTo("at_least");
		assertThat(round.at("/processes/0/rounds/0/status").asString()).isEqualTo("held");
	}

	@Test
	void draftsAndUnknownRoundsHaveNoFile() {
		assertThat(this.writer.round("no-such-round")).isEmpty();
	}

	@Test
	@Transactional
	void aDraftRoundHasNoFile() {
		this.importer.importFile("draft", GeneratedRounds.process("draft", 1, false));

		assertThat(this.writer.round("draft-round")).isEmpty();
	}

	@Test
	@Transactional
	void statementCountDoesNotGrowWithTheRound() throws Exception {
		this.importer.importFile("small", GeneratedRounds.process("small", 1, true));
		this.importer.importFile("large", GeneratedRounds.process("large", 40, true));
		SqlStatements statements = new SqlStatements();

		long small = statements.countWhile(() -> this.writer.round("small-round"));
		long large = statements.countWhile(() -> this.writer.round("large-round"));

		assertThat(small).isEqualTo(large);
	}

	@Test
	void roundTwoImportsIntoAnEmptyDatabaseUnchanged() throws Exception {
		byte[] exported = this.writer.round(ROUND_TWO).orElseThrow();
		TestDatabase.Target empty = TestDatabase.createEmptyDatabase();

		try (ConfigurableApplicationContext other = new SpringApplicationBuilder(TalksTrackerApplication.class).run(
				"--" + TestDatabase.OWN_DATABASE + "=true", "--spring.datasource.url=" + empty.url(),
				"--spring.datasource.username=" + empty.username(), "--spring.datasource.password=" + empty.password(),
				"--server.port=0", "--talks.reference-data.enabled=false")) {
			other.getBean(DataFileImporter.class).importFile("round 2", new ByteArrayInputStream(exported));
			byte[] again = other.getBean(DataFileWriter.class).round(ROUND_TWO).orElseThrow();

			assertThat(new String(again, StandardCharsets.UTF_8))
				.isEqualTo(new String(exported, StandardCharsets.UTF_8));
			assertThat(again).isEqualTo(exported);
		}
	}

	@Test
	@Transactional
	void textLanguagesAndTranslationsSurviveAnExportAndItsImport(@Autowired JdbcClient jdbc) throws Exception {
		jdbc.sql("update round set outcome_language = 'ru' where slug = :slug").param("slug", ROUND_TWO).update();
		jdbc.sql("""
				insert into text_translation (round_id, field, language, text, translator, translated_at)
				select id, 'outcome', 'en', 'Agreed: an exchange of the badly wounded.', 'Talks Desk',
				       timestamptz '2026-12-01 10:00:00.123456+00' from round where slug = :slug""")
			.param("slug", ROUND_TWO)
			.update();
		jdbc.sql("""
				insert into text_translation (clause_id, field, language, text, translator, translated_at)
				select c.id, 'text', 'uk', 'Розділ 1: Україна визнає Крим російським.', 'Олена Коваль',
				       timestamptz '2026-12-02 09:30:00+00'
				from clause c join memorandum m on m.id = c.memorandum_id
				where m.slug = 'russian-memorandum-2025-06' and c.number = 1""").update();
		byte[] exported = this.writer.round(ROUND_TWO).orElseThrow();
		JsonNode file = JsonMapper.builder().build().readTree(exported);
		assertThat(file.at("/processes/0/rounds/0/texts/outcome/language").asString()).isEqualTo("ru");
		assertThat(file.at("/processes/0/rounds/0/texts/outcome/translations/0/translatedAt").asString())
			.isEqualTo("2026-12-01T10:00:00.123456Z");
		assertThat(file.at("/processes/0/memoranda/0/clauses/0/texts/text/translations/0/translator").asString())
			.isEqualTo("Олена Коваль");
		assertThat(file.at("/processes/0/rounds/0").has("summary")).isTrue();
		assertThat(file.at("/processes/0/rounds/0/texts").has("summary")).isFalse();

		jdbc.sql("delete from text_translation").update();
		jdbc.sql("update round set outcome_language = 'en' where slug = :slug").param("slug", ROUND_TWO).update();
		this.importer.importFile("round 2", new ByteArrayInputStream(exported));

		assertThat(jdbc.sql("""
				select t.field || ' ' || t.language || ' ' || t.translator || ' ' || t.text || ' '
				       || to_char(t.translated_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')
				from text_translation t order by t.field""").query(String.class).list()).containsExactly(
				"outcome en Talks Desk Agreed: an exchange of the badly wounded. 2026-12-01 10:00:00.123456",
				"text uk Олена Коваль Розділ 1: Україна визнає Крим російським. 2026-12-02 09:30:00.000000");
		assertThat(jdbc.sql("select outcome_language from round where slug = :slug")
			.param("slug", ROUND_TWO)
			.query(String.class)
			.single()).isEqualTo("ru");
		assertThat(new String(this.writer.round(ROUND_TWO).orElseThrow(), StandardCharsets.UTF_8))
			.isEqualTo(new String(exported, StandardCharsets.UTF_8));
	}

	@Test
	void theWholeDataSetIsOneValidDataFile() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.writer.write(DataFileWriter.Selection.everything(), out);

		DataFile read = this.reader.read("everything", new ByteArrayInputStream(out.toByteArray()));

		assertThat(read.processes()).singleElement().satisfies((process) -> {
			assertThat(process.rounds()).hasSize(3);
			assertThat(process.statements()).hasSize(20);
			assertThat(process.contextEvents()).hasSize(8);
		});
		assertThat(read.people()).hasSize(17);
		assertThat(read.sources()).hasSize(35);
	}

}
