package org.talkstracker.timeline;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A data file for timeline tests: a process of its own with one round (held 15 January
 * 2030) holding {@code size} exchanges of one stage each (from 1 February 2030),
 * {@code size} memoranda delivered from 1 March 2030 (the odd ones at the round, the even
 * ones at none), one memorandum with no delivery date, and {@code size} context events
 * from 1 December 2029.
 */
final class TimelineData {

	static final LocalDate HELD_ON = LocalDate.of(2030, 1, 15);

	private static final JsonMapper json = JsonMapper.builder().build();

	private TimelineData() {
	}

	static InputStream process(String slug, int size, boolean published) {
		ObjectNode file = json.createObjectNode();
		file.put("format", "talks-tracker/1");
		file.putArray("sources")
			.addObject()
			.put("slug", slug + "-wire")
			.put("publisher", "Wire " + slug)
			.put("title", "Report")
			.put("kind", "independent");
		file.putArray("parties");
		file.putArray("people");
		ObjectNode process = file.putArray("processes").addObject();
		process.put("slug", slug).put("name", "Timeline process " + slug);
		process.putArray("parties").add("russia").add("ukraine");
		ObjectNode round = process.putArray("rounds").addObject();
		round.put("slug", slug + "-round")
			.put("number", 1)
			.put("status", "held")
			.put("published", published)
			.put("city", "Genève")
			.put("heldOn", HELD_ON.toString());
		sources(round, slug);
		ArrayNode exchanges = round.putArray("exchanges");
		ArrayNode memoranda = process.putArray("memoranda");
		ArrayNode events = process.putArray("contextEvents");
		for (int i = 1; i <= size; i++) {
			ObjectNode exchange = exchanges.addObject().put("slug", "exchange-" + i).put("kind", "civilians");
			exchange.putObject("sideA").put("party", "russia").put("agreedCount", 10);
			exchange.putObject("sideB").put("party", "ukraine").put("agreedCount", 10);
			sources(exchange, slug);
			ObjectNode stage = exchange.putArray("stages").addObject().put("sequence", 1);
			date(stage.putObject("occurred"), LocalDate.of(2030, 2, 1).plusDays(i - 1), "day");
			sources(stage, slug);
			ObjectNode memorandum = memoranda.addObject()
				.put("slug", slug + "-memorandum-" + i)
				.put("title", slug + " memorandum " + i)
				.put("author", "ukraine");
			if (i % 2 == 1) {
				memorandum.put("round", slug + "-round");
			}
			date(memorandum.putObject("delivered"), LocalDate.of(2030, 3, 1).plusDays(i - 1), "day");
			sources(memorandum, slug);
			ObjectNode event = events.addObject().put("slug", "event-" + i).put("title", slug + " event " + i);
			date(event.putObject("occurred"), LocalDate.of(2029, 12, 1).plusDays(i - 1), (i == 1) ? "month" : "day");
			sources(event, slug);
		}
		sources(memoranda.addObject()
			.put("slug", slug + "-undated")
			.put("title", slug + " undated memorandum")
			.put("author", "russia"), slug);
		return new ByteArrayInputStream(json.writeValueAsBytes(file));
	}

	private static void date(ObjectNode date, LocalDate day, String precision) {
		date.put("date", day.toString()).put("precision", precision);
	}

	/** Cites the process's own wire first, then the reference data set's main report. */
	private static void sources(ObjectNode fact, String slug) {
		fact.putArray("sources").add(slug + "-wire").add("moscow-times-2025-06-02");
	}

}
