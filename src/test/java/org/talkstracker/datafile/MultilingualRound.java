package org.talkstracker.datafile;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A published round whose people, places and texts are written in their own scripts
 * (Ukrainian and Russian Cyrillic, Turkish letters), with commas, quotes and line breaks
 * in its values, for tests of the exports.
 */
public final class MultilingualRound {

	public static final String SLUG = "multilingual-round";

	public static final String UMEROV = "Рустем Умєров";

	public static final String MEDINSKY = "Владимир Мединский";

	public static final String VENUE = "Çırağan Palace";

	public static final String TRICKY = "He said \"no\", then, after a pause,\nleft.";

	private static final JsonMapper json = JsonMapper.builder().build();

	private MultilingualRound() {
	}

	public static InputStream file() {
		ObjectNode file = json.createObjectNode();
		file.put("format", DataFile.FORMAT);
		file.putArray("sources")
			.addObject()
			.put("slug", "multilingual-source")
			.put("publisher", "Українська правда")
			.put("title", "Переговори, \"Стамбул\"")
			.put("kind", "independent");
		file.putArray("parties");
		ObjectNode people = json.createObjectNode();
		file.putArray("people")
			.add(people.objectNode().put("slug", "umerov-uk").put("name", UMEROV))
			.add(people.objectNode().put("slug", "medinsky-ru").put("name", MEDINSKY));
		ObjectNode process = file.putArray("processes").addObject();
		process.put("slug", "multilingual").put("name", "Переговори у Стамбулі");
		process.putArray("parties").add("russia").add("ukraine");
		ObjectNode round = process.putArray("rounds").addObject();
		round.put("slug", SLUG)
			.put("number", 1)
			.put("status", "held")
			.put("published", true)
			.put("city", "İstanbul")
			.put("venue", VENUE)
			.put("heldOn", "2031-07-23")
			.put("summary", TRICKY);
		round.putArray("sources").add("multilingual-source");
		var delegations = round.putArray("delegations");
		ObjectNode ukraine = delegations.addObject().put("party", "ukraine");
		ukraine.putArray("members")
			.addObject()
			.put("person", "umerov-uk")
			.put("title", "Міністр оборони")
			.put("role", "head");
		ukraine.putArray("sources").add("multilingual-source");
		ObjectNode russia = delegations.addObject().put("party", "russia");
		russia.putArray("members")
			.addObject()
			.put("person", "medinsky-ru")
			.put("title", "Помощник президента")
			.put("role", "head");
		russia.putArray("sources").add("multilingual-source");
		ObjectNode proposal = round.putArray("proposals").addObject();
		proposal.put("slug", "talks-in-ciragan")
			.put("party", "ukraine")
			.put("category", "procedural")
			.put("title", "Görüşmeler Çırağan'da, \"yine\"")
			.put("details", TRICKY)
			.put("status", "proposed");
		proposal.putArray("sources").add("multilingual-source");
		return new ByteArrayInputStream(json.writeValueAsBytes(file));
	}

}
