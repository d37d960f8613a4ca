package org.talkstracker.opendata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.talkstracker.exchange.CountPrecision;
import org.talkstracker.exchange.ExchangeKind;
import org.talkstracker.memorandum.ClauseTopic;
import org.talkstracker.opendata.PackageTable.Field;
import org.talkstracker.round.DurationPrecision;
import org.talkstracker.round.RoundStatus;
import org.talkstracker.source.DatePrecision;
import org.talkstracker.web.DataLicence;

/**
 * The descriptor of the three flat CSV files ({@code /data/rounds.csv},
 * {@code exchanges.csv}, {@code memoranda.csv}), published beside them as
 * {@code /data/datapackage.json}: a tabular data package whose resources' paths are
 * relative to it, so a Data Package library reads the files from the site. The columns
 * are {@link DataSetCsv}'s, in its order; parties and sources are slugs separated by
 * spaces.
 */
final class CsvFilesDescriptor {

	static final String PATH = "/data/datapackage.json";

	private static final String PROCESS = "the process's slug";

	private static final String SLUGS = " (slugs separated by spaces)";

	private static final String SOURCES = "the sources reporting it" + SLUGS;

	static final List<PackageTable> FILES = List.of(
			file("rounds", "One row per published round.", DataSetCsv.ROUND_COLUMNS,
					List.of(text("process", PROCESS).required(), text("round", "the round's slug").required().unique(),
							Field.of("number", "integer", "its number in the process").required().minimum(1),
							Field.choice("status", RoundStatus.class, "scheduled, held, postponed or cancelled")
								.required(),
							Field.date("held_on", "the day it was held (or is to be)").required(),
							text("city", "the city it was held in"), text("venue", "where it was held"),
							time("started_at", "when it started (UTC)"), time("ended_at", "when it ended (UTC)"),
							Field.count("duration_minutes", "how long it lasted, in minutes"),
							Field.choice("duration_precision", DurationPrecision.class, "how precise the duration is"),
							text("delegations", "the parties with a delegation" + SLUGS),
							text("hosts", "the hosts" + SLUGS), text("mediators", "the mediators" + SLUGS),
							text("observers", "the observers" + SLUGS), text("summary", "what happened"),
							text("outcome", "what came of it"), text("next_steps", "the next steps agreed"),
							text("sources", SOURCES),
							time("updated_at", "when its data last changed (UTC)").required())),
			file("exchanges",
					"One row per exchange agreement (record agreement), each followed by its stages (record stage) and the totals the parties report apart from the stages (record reported_total: the total in the received-per column it is a total of, the day reported in date).",
					DataSetCsv.EXCHANGE_COLUMNS,
					List.of(text("process", PROCESS).required(), text("round", "the round's slug").required(),
							Field.date("held_on", "the day the round was held").required(),
							text("exchange", "the agreement's slug, unique within its round").required(),
							text("record", "what the row is").required()
								.constraint("enum", List.of("agreement", "stage", "reported_total")),
							Field.choice("exchange_kind", ExchangeKind.class, "who or what is exchanged").required(),
							Field.of("all_for_all", "boolean", "whether it is all for all").required(),
							text("side_a", "one side (a party's slug)").required(),
							Field.count("side_a_agreed", "how many side A is to receive"),
							text("side_b", "the other side (a party's slug)").required(),
							Field.count("side_b_agreed", "how many side B is to receive"),
							Field.of("stage", "integer", "a stage's number within the agreement").minimum(1),
							Field.date("date", "when the stage took place"),
							Field.choice("date_precision", DatePrecision.class, "how precise the date is"),
							Field.date("announced_on", "when the stage was announced"),
							Field.count("side_a_received_per_a", "received by side A, as side A reported"),
							Field.count("side_a_received_per_b", "received by side A, as side B reported"),
							Field.count("side_b_received_per_a", "received by side B, as side A reported"),
							Field.count("side_b_received_per_b", "received by side B, as side B reported"),
							Field.of("side_a_withheld", "boolean", "whether side A withheld its figures"),
							Field.of("side_b_withheld", "boolean", "whether side B withheld its figures"),
							text("criteria", "who qualifies"),
							text("text", "the agreement's description, or the stage's note"), text("sources", SOURCES),
							Field.choice("side_a_agreed_precision", CountPrecision.class,
									"how exact side A's agreed count is: exact, at least or about it"),
							Field.choice("side_b_agreed_precision", CountPrecision.class,
									"how exact side B's agreed count is: exact, at least or about it"))),
			file("memoranda",
					"One row per memorandum (record memorandum), each followed by its clauses (record clause).",
					DataSetCsv.MEMORANDUM_COLUMNS,
					List.of(text("process", PROCESS).required(), text("memorandum", "the memorandum's slug").required(),
							text("record", "what the row is").required()
								.constraint("enum", List.of("memorandum", "clause")),
							text("title", "the memorandum's title"),
							text("author", "the party that handed it over (its slug)").required(),
							text("round", "the slug of the round it was delivered at"),
							Field.date("delivered_on", "when it was delivered"),
							Field.choice("delivered_precision", DatePrecision.class, "how precise the date is"),
							Field.date("published_on", "when it was published"),
							Field.of("clause", "integer", "a clause's number in the memorandum").minimum(1),
							Field.choice("topic", ClauseTopic.class, "what a clause is about"),
							text("text", "the memorandum's summary, or the clause's text"), text("sources", SOURCES))));

	private CsvFilesDescriptor() {
	}

	static Map<String, Object> descriptor(DataLicence licence) {
		Map<String, Object> licences = new LinkedHashMap<>();
		licences.put("name", licence.getIdentifier());
		licences.put("path", licence.getUrl());
		licences.put("title", licence.getTitle());
		Map<String, Object> descriptor = new LinkedHashMap<>();
		descriptor.put("profile", "tabular-data-package");
		descriptor.put("name", DataPackageWriter.NAME + "-csv");
		descriptor.put("title", "Talks Tracker: the published rounds, exchanges and memoranda as flat CSV files");
		descriptor.put("description", "The current data, not a release: the files change with every edit."
				+ " The normalised tables are in the data package, /data/talks-tracker-datapackage.zip.");
		descriptor.put("licenses", List.of(licences));
		descriptor.put("resources", FILES.stream().map(PackageTable::resource).toList());
		return descriptor;
	}

	/**
	 * A file whose fields must be the columns its writer writes, in their order.
	 */
	private static PackageTable file(String name, String description, List<String> columns, List<Field> fields) {
		List<String> names = fields.stream().map(Field::name).toList();
		if (!names.equals(columns)) {
			throw new IllegalStateException("The description of " + name + ".csv names " + names + ", not " + columns);
		}
		return new PackageTable(name, description, fields, List.of(), List.of(), null);
	}

	private static Field text(String name, String description) {
		return Field.text(name, description);
	}

	/** A UTC instant, to the second or finer. */
	private static Field time(String name, String description) {
		return new Field(name, "datetime", "any", description, Map.of());
	}

}
