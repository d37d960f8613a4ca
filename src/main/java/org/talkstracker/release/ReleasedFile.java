package org.talkstracker.release;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a release keeps of a published round or a visible memorandum: its data file (for a
 * round, the JSON of its {@code summary.json}; written the same way every time for the
 * same data, so equal pages have equal files), the SHA-256 of the file's UTF-8 bytes, and
 * the records it shows that are not its own (sources, parties, people, processes), whose
 * changes are changes of it.
 */
record ReleasedFile(String json, String sha256, List<String> mentions) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static ReleasedFile of(byte[] file) {
		return new ReleasedFile(new String(file, StandardCharsets.UTF_8), sha256(file), mentions(JSON.readTree(file)));
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

	private static List<String> mentions(JsonNode file) {
		List<String> mentions = new ArrayList<>();
		Map.of("sources", "source", "parties", "party", "people", "person", "processes", "process")
			.forEach((list, kind) -> file.path(list)
				.forEach((record) -> mentions.add(mention(kind, record.path("slug").asString()))));
		mentions.sort(null);
		return List.copyOf(mentions);
	}

	static String mention(String kind, String slug) {
		return kind + ":" + slug;
	}

}
