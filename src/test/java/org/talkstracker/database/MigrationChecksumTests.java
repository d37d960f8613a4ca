package org.talkstracker.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A committed migration is never edited: databases that ran it keep what it did then, so
 * a change to it reaches new databases only (and Flyway refuses to start on the others).
 * The checksum of every migration is kept in {@value #CHECKSUMS}; a new migration adds
 * its line there.
 */
class MigrationChecksumTests {

	static final String CHECKSUMS = "src/test/resources/db/migration-checksums.txt";

	@Test
	void noCommittedMigrationChangesAndEveryMigrationIsListed() throws IOException {
		Map<String, String> committed = committed();
		Map<String, String> current = current();
		List<String> problems = new ArrayList<>();
		current.forEach((migration, checksum) -> {
			String expected = committed.get(migration);
			if (expected == null) {
				problems.add(migration + " is new: add the line '" + migration + " " + checksum + "' to " + CHECKSUMS);
			}
			else if (!expected.equals(checksum)) {
				problems.add(migration + " was changed after it was committed; add a new migration instead");
			}
		});
		committed.keySet()
			.stream()
			.filter((migration) -> !current.containsKey(migration))
			.forEach((migration) -> problems.add(migration + " was committed but is gone; migrations are never "
					+ "removed or renamed (a database that ran it would no longer match)"));
		assertThat(problems).isEmpty();
	}

	/** The migrations as they are now: file name and checksum. */
	private static Map<String, String> current() throws IOException {
		Map<String, String> checksums = new TreeMap<>();
		for (Resource migration : new PathMatchingResourcePatternResolver()
			.getResources("classpath:db/migration/*.sql")) {
			checksums.put(migration.getFilename(), checksum(migration));
		}
		return checksums;
	}

	/**
	 * The migrations as they were committed: one line each, its file name and checksum.
	 */
	private static Map<String, String> committed() throws IOException {
		Map<String, String> checksums = new TreeMap<>();
		for (String line : read(new ClassPathResource("db/migration-checksums.txt")).split("\\R")) {
			if (!line.isBlank() && !line.startsWith("#")) {
				String[] fields = line.strip().split("\\s+");
				checksums.put(fields[0], fields[1]);
			}
		}
		return checksums;
	}

	/**
	 * SHA-256 of the text with line feeds for line ends, so a checkout with CRLF line
	 * ends matches too.
	 */
	private static String checksum(Resource migration) throws IOException {
		try {
			byte[] text = read(migration).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String read(Resource resource) throws IOException {
		try (InputStream input = resource.getInputStream()) {
			return new String(input.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
