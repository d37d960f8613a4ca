package org.talkstracker.opendata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.talkstracker.SqlStatements;
import org.talkstracker.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The whole data set's files are kept on disk while the data is unchanged and sent again
 * from there; an edit shows in the next download. Edits commit, so these tests have a
 * database of their own.
 */
@SpringBootTest(properties = TestDatabase.OWN_DATABASE + "=true")
@AutoConfigureMockMvc
class KeptDownloadsTests {

	static final TestDatabase.Target DATABASE = TestDatabase.createEmptyDatabase();

	static final String EXCHANGES = "/data/exchanges.csv";

	@TempDir
	static Path directory;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSetDownloads downloads;

	final SqlStatements statements = new SqlStatements();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		DATABASE.register(registry);
		registry.add("talks.downloads.directory", directory::toString);
	}

	@Test
	void theWholeDataSetIsSentAgainFromItsKeptFileAfterOneLookAtTheDataVersion() throws Exception {
		for (String url : List.of(EXCHANGES, "/data/rounds.csv", "/data/memoranda.csv", "/data/talks-tracker.json")) {
			byte[] first = download(url).getContentAsByteArray();

			MockHttpServletResponse[] again = new MockHttpServletResponse[1];
			long statements = this.statements.countWhile(() -> again[0] = download(url));

			assertThat(statements).as(url).isEqualTo(1);
			assertThat(again[0].getContentAsByteArray()).as(url).isEqualTo(first);
			assertThat(again[0].getHeader(HttpHeaders.CONTENT_LENGTH)).isEqualTo(Integer.toString(first.length));
			assertThat(again[0].getHeader(HttpHeaders.CONTENT_DISPOSITION))
				.startsWith("attachment; filename=\"talks-tracker");
			String etag = again[0].getHeader(HttpHeaders.ETAG);
			assertThat(etag).as(url).isNotBlank();
			assertThat(this.mvc.perform(get(url).header(HttpHeaders.IF_NONE_MATCH, etag)).andReturn().getResponse())
				.satisfies((response) -> assertThat(response.getStatus()).isEqualTo(304))
				.satisfies((response) -> assertThat(response.getContentAsByteArray()).isEmpty());
		}
	}

	@Test
	void anEditShowsInTheNextDownloadAndTheOlderFileIsDeleted() throws Exception {
		download(EXCHANGES);
		this.jdbc.sql(
				"update exchange_agreement set description = 'Swapped at the Belarusian border.' where slug = 'bodies-6000-each'")
			.update();

		assertThat(download(EXCHANGES).getContentAsString(StandardCharsets.UTF_8))
			.contains("Swapped at the Belarusian border.");
		assertThat(download(EXCHANGES).getContentAsString(StandardCharsets.UTF_8))
			.contains("Swapped at the Belarusian border.");
		assertThat(files()).filteredOn((name) -> name.startsWith("talks-tracker-exchanges.csv")).hasSize(1);
	}

	@Test
	void aFilteredDownloadIsReadFromTheDatabaseEveryTime() throws Exception {
		download("/data/rounds.csv?year=2025");

		long statements = this.statements.countWhile(() -> download("/data/rounds.csv?year=2025"));

		assertThat(statements).isGreaterThan(1);
		assertThat(files()).noneMatch((name) -> name.contains("?"));
	}

	@Test
	void aDownloadThatBreaksOffLeavesNoFile() throws IOException {
		List<String> before = files();

		assertThatExceptionOfType(DataSetDownloads.DownloadFailedException.class).isThrownBy(() -> this.downloads
			.send(request(), new MockHttpServletResponse(), "broken.csv", MediaType.TEXT_PLAIN, true, (out) -> {
				out.write("exchange,record\r\n".getBytes(StandardCharsets.UTF_8));
				throw new IllegalStateException("the database went away");
			}));

		assertThat(files()).isEqualTo(before);
	}

	@Test
	void partFilesLeftBehindLongAgoAreDeletedWhileOnesBeingWrittenStay() throws Exception {
		Path abandoned = Files.writeString(directory.resolve("talks-tracker-rounds.csv-1.part"), "half a file");
		Files.setLastModifiedTime(abandoned,
				FileTime.from(Instant.now().minus(KeptDownloads.ABANDONED).minus(Duration.ofMinutes(1))));
		Path writing = Files.writeString(directory.resolve("talks-tracker-rounds.csv-2.part"), "being written");
		this.jdbc.sql("update party set name = name where slug = 'turkey'").update();

		download("/data/rounds.csv");

		assertThat(abandoned).doesNotExist();
		assertThat(writing).exists();
		Files.delete(writing);
	}

	@Test
	void aFileReadWhileAnEditWasCommittedIsNotKept() throws IOException {
		List<String> before = files();

		this.downloads.send(request(), new MockHttpServletResponse(), "mixed.csv", MediaType.TEXT_PLAIN, true,
				(out) -> {
					out.write("before the edit\r\n".getBytes(StandardCharsets.UTF_8));
					this.jdbc.sql("update party set name = name where slug = 'turkey'").update();
					out.write("after the edit\r\n".getBytes(StandardCharsets.UTF_8));
				});

		assertThat(files()).isEqualTo(before);
	}

	private MockHttpServletResponse download(String url) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(url)).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response;
	}

	private static MockHttpServletRequest request() {
		return new MockHttpServletRequest("GET", "/data/exchanges.csv");
	}

	private static List<String> files() throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.map((file) -> file.getFileName().toString()).sorted().toList();
		}
	}

}
