package org.talkstracker.datafile;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The reader's limits hold while it streams the file, before any tree of it is kept, and
 * however many problems a file has, the first {@value InvalidDataFileException#LISTED}
 * are kept and the rest only counted. Small limits here; the application's own are in
 * application.properties.
 */
class DataFileReaderTests {

	private final DataFileReader reader = new DataFileReader(12, 10_000, 1_000);

	@Test
	void aFileNestedDeeperThanTheLimitIsRefused() {
		String deep = "{\"format\":\"talks-tracker/1\",\"sources\":" + "[".repeat(20) + "]".repeat(20) + "}";

		assertThatExceptionOfType(InvalidDataFileException.class).isThrownBy(() -> read(deep))
			.satisfies((ex) -> assertThat(ex.getProblems()).singleElement().satisfies((problem) -> {
				assertThat(problem.path()).isEqualTo("$");
				assertThat(problem.message()).contains("beyond the import's limits", "12 levels of nesting",
						"10,000 JSON tokens", "1,000 characters", "nesting depth (13)");
			}));
	}

	@Test
	void aFileOfMoreValuesThanTheLimitIsRefusedWhileItIsRead() {
		String millions = "{\"format\":\"talks-tracker/1\",\"sources\":[" + "1,".repeat(1_000_000) + "1]}";

		assertThatExceptionOfType(InvalidDataFileException.class).isThrownBy(() -> read(millions))
			.satisfies((ex) -> assertThat(ex.getProblems()).singleElement()
				.satisfies((problem) -> assertThat(problem.message()).contains("beyond the import's limits",
						"Token count (10001)")));
	}

	@Test
	void aStringLongerThanTheLimitIsRefused() {
		String longTitle = "{\"format\":\"talks-tracker/1\",\"sources\":[{\"title\":\"" + "x".repeat(1_001) + "\"}]}";

		assertThatExceptionOfType(InvalidDataFileException.class).isThrownBy(() -> read(longTitle))
			.satisfies((ex) -> assertThat(ex.getProblems()).singleElement()
				.satisfies((problem) -> assertThat(problem.message()).contains("beyond the import's limits",
						"String value length")));
	}

	@Test
	void ofThousandsOfProblemsTheFirstHundredAreListedAndTheRestCounted() {
		// Each of the 5,000 numbers is not a source; the file also lacks parties, people
		// and processes.
		String wrong = "{\"format\":\"talks-tracker/1\",\"sources\":[" + "1,".repeat(4_999) + "1]}";

		assertThatExceptionOfType(InvalidDataFileException.class).isThrownBy(() -> read(wrong)).satisfies((ex) -> {
			assertThat(ex.getProblems()).hasSize(100);
			assertThat(ex.getUnlisted()).isEqualTo(4_903);
			assertThat(ex.getProblems().get(0)).hasToString("$.sources[0]: integer found, object expected");
			assertThat(ex.getMessage()).contains("5,003 problem(s)", "and 4,903 more");
		});
	}

	private DataFile read(String json) {
		return this.reader.read("test.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
	}

}
