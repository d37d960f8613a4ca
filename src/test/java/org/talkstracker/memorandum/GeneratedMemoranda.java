package org.talkstracker.memorandum;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import org.talkstracker.datafile.GeneratedRounds;

/**
 * A data file with a process of its own holding one memorandum of {@code clauses} clauses
 * spread over every topic, each citing a source of its own, delivered at no round (so
 * readers see it).
 */
final class GeneratedMemoranda {

	private static final JsonMapper json = JsonMapper.builder().build();

	private GeneratedMemoranda() {
	}

	static InputStream withClauses(String slug, int clauses) {
		ObjectNode file = file(slug);
		ArrayNode sources = (ArrayNode) file.get("sources");
		ObjectNode memorandum = ((ArrayNode) file.get("processes").get(0).get("memoranda")).addObject()
			.put("slug", slug + "-memorandum")
			.put("title", "Memorandum of " + clauses + " clauses")
			.put("author", "russia");
		memorandum.putArray("sources").add("moscow-times-2025-06-02");
		ArrayNode written = memorandum.putArray("clauses");
		ClauseTopic[] topics = ClauseTopic.values();
		for (int i = 1; i <= clauses; i++) {
			String source = slug + "-source-" + i;
			sources.addObject()
				.put("slug", source)
				.put("publisher", "Publisher " + i)
				.put("title", "Report " + i)
				.put("kind", "independent");
			ObjectNode clause = written.addObject()
				.put("number", i)
				.put("topic", topics[i % topics.length].name().toLowerCase())
				.put("text", "Clause text " + i);
			clause.putArray("sources").add(source);
		}
		return new ByteArrayInputStream(json.writeValueAsBytes(file));
	}

	/**
	 * A process of its own with {@code count} memoranda of no round, the i-th titled
	 * "{@code slug} memorandum i" and delivered i days after 1 January 2030, so the
	 * latest is the last.
	 */
	static InputStream delivered(String slug, int count) {
		ObjectNode file = file(slug);
		ArrayNode memoranda = (ArrayNode) file.get("processes").get(0).get("memoranda");
		for (int i = 1; i <= count; i++) {
			ObjectNode memorandum = memoranda.addObject()
				.put("slug", slug + "-memorandum-" + i)
				.put("title", slug + " memorandum " + i)
				.put("author", "ukraine");
			memorandum.putObject("delivered")
				.put("date", LocalDate.of(2030, 1, 1).plusDays(i).toString())
				.put("precision", "day");
			memorandum.putArray("sources").add("moscow-times-2025-06-02");
		}
		return new ByteArrayInputStream(json.writeValueAsBytes(file));
	}

	/** A data file with a process of its own and, so far, no sources and no memoranda. */
	private static ObjectNode file(String slug) {
		ObjectNode file = GeneratedRounds.processFile(slug);
		((ObjectNode) file.get("processes").get(0)).putArray("memoranda");
		return file;
	}

}
