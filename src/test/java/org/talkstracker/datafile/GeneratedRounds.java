package org.talkstracker.datafile;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Data files for tests: a process of its own with one round holding {@code size} of every
 * kind of fact, citing the reference data set's parties, people and main source.
 */
public final class GeneratedRounds {

	private static final JsonMapper json = JsonMapper.builder().build();

	private GeneratedRounds() {
	}

	/**
	 * A data file with one process of its own (Russia and Ukraine its parties) and
	 * nothing else yet.
	 */
	public static ObjectNode processFile(String slug) {
		ObjectNode file = json.createObjectNode();
		file.put("format", DataFile.FORMAT);
		file.putArray("sources");
		file.putArray("parties");
		file.putArray("people");
		ObjectNode process = file.putArray("processes").addObject();
		process.put("slug", slug).put("name", "Generated process " + slug);
		process.putArray("parties").add("russia").add("ukraine");
		return file;
	}

	public static InputStream process(String slug, int size, boolean published) {
		ObjectNode file = processFile(slug);
		ObjectNode process = (ObjectNode) file.get("processes").get(0);
		ObjectNode round = process.putArray("rounds").addObject();
		round.put("slug", slug + "-round")
			.put("number", 1)
			.put("status", "held")
			.put("published", published)
			.put("city", "Genève")
			.put("heldOn", "2030-01-15");
		sources(round);
		ArrayNode delegations = round.putArray("delegations");
		for (String party : new String[] { "russia", "ukraine" }) {
			ObjectNode delegation = delegations.addObject().put("party", party);
			delegation.putArray("members")
				.addObject()
				.put("person", party.equals("russia") ? "vladimir-medinsky" : "rustem-umerov")
				.put("role", "head");
			sources(delegation);
		}
		ArrayNode proposals = round.putArray("proposals");
		ArrayNode exchanges = round.putArray("exchanges");
		ArrayNode memoranda = process.putArray("memoranda");
		ArrayNode statements = process.putArray("statements");
		for (int i = 1; i <= size; i++) {
			sources(proposals.addObject()
				.put("slug", "proposal-" + i)
				.put("party", (i % 2 == 0) ? "russia" : "ukraine")
				.put("category", "humanitarian")
				.put("title", "Proposal " + i)
				.put("status", "proposed"));
			ObjectNode exchange = exchanges.addObject().put("slug", "exchange-" + i).put("kind", "prisoners_of_war");
			exchange.putObject("sideA").put("party", "russia").put("agreedCount", 100);
			exchange.putObject("sideB").put("party", "ukraine").put("agreedCount", 100);
			sources(exchange);
			ArrayNode stages = exchange.putArray("stages");
			for (int s = 1; s <= 2; s++) {
				ObjectNode stage = stages.addObject().put("sequence", s);
				stage.putObject("occurred").put("date", "2030-02-0" + s).put("precision", "day");
				stage.putObject("sideAReceived").put("perSideA", 30).put("perSideB", (s == 2) ? 25 : 30);
				stage.putObject("sideBReceived").put("perSideA", 30).put("perSideB", 30);
				sources(stage);
			}
			ObjectNode memorandum = memoranda.addObject()
				.put("slug", slug + "-memorandum-" + i)
				.put("title", "Memorandum " + i)
				.put("author", "ukraine")
				.put("round", slug + "-round");
			sources(memorandum);
			memorandum.putArray("clauses").addObject().put("number", 1).put("topic", "territory").put("text", "Clause");
			ObjectNode statement = statements.addObject()
				.put("slug", "statement-" + i)
				.put("round", slug + "-round")
				.put("speaker", "rustem-umerov")
				.put("party", "ukraine")
				.put("text", "Statement " + i);
			if (i > 1) {
				statement.put("disputes", "statement-" + (i - 1));
			}
			sources(statement);
		}
		return new ByteArrayInputStream(json.writeValueAsBytes(file));
	}

	private static void sources(ObjectNode fact) {
		fact.putArray("sources").add("moscow-times-2025-06-02");
	}

}
