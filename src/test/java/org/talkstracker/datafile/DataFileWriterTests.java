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
