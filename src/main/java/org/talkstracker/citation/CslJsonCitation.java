package org.talkstracker.citation;

import java.time.LocalDate;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A release as CSL-JSON, the input of citeproc processors (Zotero, Pandoc, citation.js):
 * an array of one item of type {@code dataset}.
 *
 * <pre>
 * [ {
 *   "id" : "istanbul-2025-06-02-release-2",
 *   "type" : "dataset",
 *   "genre" : "Data set",
 *   "title" : "Round 2 of the Russia–Ukraine direct talks (2025), Istanbul",
 *   "author" : [ { "literal" : "Talks Tracker" } ],
 *   "publisher" : "Talks Tracker",
 *   "collection-title" : "Russia–Ukraine direct talks (2025)",
 *   "event-date" : { "date-parts" : [ [ 2025, 6, 2 ] ] },
 *   "version" : "2",
 *   "issued" : { "date-parts" : [ [ 2026, 12, 7 ] ] },
 *   "URL" : "https://talks.example/rounds/istanbul-2025-06-02/releases/2",
 *   "accessed" : { "date-parts" : [ [ 2026, 12, 8 ] ] }
 * } ]
 * </pre>
 *
 * The release is the {@code version} and {@code genre} says what kind of work it is: APA
 * 7 prints them as "(Version 2) [Data set]". The process is the collection the round
 * belongs to; {@code event-date}, the day the round was held, is left out where it is not
 * known. {@code note} stays free for the reader's own annotations. The round's number is
 * left out: APA prints {@code number} beside the version, "(2; Version 2)".
 */
final class CslJsonCitation {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private CslJsonCitation() {
	}

	static String render(CitedRelease release) {
		ArrayNode items = JSON.createArrayNode();
		ObjectNode item = items.addObject();
		item.put("id", release.key());
		item.put("type", "dataset");
		item.put("genre", "Data set");
		item.put("title", release.title());
		item.putArray("author").addObject().put("literal", release.publisher());
		item.put("publisher", release.publisher());
		if (release.collection() != null) {
			item.put("collection-title", release.collection());
		}
		if (release.heldOn() != null) {
			date(item, "event-date", release.heldOn());
		}
		item.put("version", release.version());
		date(item, "issued", release.releasedOn());
		item.put("URL", release.address());
		date(item, "accessed", release.accessedOn());
		return JSON.writeValueAsString(items) + "\n";
	}

	private static void date(ObjectNode item, String name, LocalDate date) {
		item.putObject(name)
			.putArray("date-parts")
			.addArray()
			.add(date.getYear())
			.add(date.getMonthValue())
			.add(date.getDayOfMonth());
	}

}
