package org.talkstracker.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.talkstracker.opendata.DataSetChanges.FieldChange;
import org.talkstracker.opendata.DataSetChanges.TableChange;

/**
 * Compares two data packages, table by table: fields from their descriptors, records by
 * the primary key. A record is changed when a value of a field both releases have (under
 * its old or new name) differs. Only a 64-bit hash of each record of the older package is
 * held at a time, one table at a time, so memory grows with the rows of the largest
 * table, not with the package.
 */
final class PackageComparison {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

	private PackageComparison() {
	}

	/** The first release: every record is new. */
	static DataSetChanges first(ZipFile current) throws IOException {
		List<TableChange> tables = new ArrayList<>();
		for (JsonNode resource : resources(current).values()) {
			long[] rows = new long[1];
			List<String> keys = new ArrayList<>();
			List<String> primaryKey = primaryKey(resource);
			read(current, resource, (record) -> {
				rows[0]++;
				if (keys.size() < DataSetChanges.KEYS_LISTED) {
					keys.add(key(record, primaryKey));
				}
			});
			tables.add(new TableChange(name(resource), rows[0], rows[0], 0, 0, keys, List.of(), List.of()));
		}
		return DataSetChanges.first(tables);
	}

	static DataSetChanges between(String previousVersion, ZipFile previous, ZipFile current) throws IOException {
		Map<String, JsonNode> before = resources(previous);
		Map<String, JsonNode> after = resources(current);
		List<String> tablesAdded = after.keySet().stream().filter((name) -> !before.containsKey(name)).toList();
		List<String> tablesRemoved = before.keySet().stream().filter((name) -> !after.containsKey(name)).toList();
		List<FieldChange> fields = new ArrayList<>();
		List<TableChange> tables = new ArrayList<>();
		for (JsonNode resource : after.values()) {
			JsonNode old = before.get(name(resource));
			if (old == null) {
				continue;
			}
			Map<String, String> shared = sharedFields(name(resource), old, resource, fields);
			tables.add(records(previous, old, current, resource, shared));
		}
		return new DataSetChanges(previousVersion, tables, tablesAdded, tablesRemoved, fields);
	}

	/**
	 * The fields both tables have, from the new name to the old; and, into
	 * {@code changes}, those added, removed or renamed. A removed field and an added one
	 * of the same type are one renamed field when they have the same description or the
	 * same place among the fields.
	 */
	private static Map<String, String> sharedFields(String table, JsonNode before, JsonNode after,
			List<FieldChange> changes) {
		List<JsonNode> oldFields = fields(before);
		List<JsonNode> newFields = fields(after);
		List<String> oldNames = oldFields.stream().map(PackageComparison::name).toList();
		List<String> newNames = newFields.stream().map(PackageComparison::name).toList();
		Map<String, String> shared = new LinkedHashMap<>();
		newNames.stream().filter(oldNames::contains).forEach((name) -> shared.put(name, name));
		List<Integer> removed = new ArrayList<>();
		for (int i = 0; i < oldFields.size(); i++) {
			if (!newNames.contains(oldNames.get(i))) {
				removed.add(i);
			}
		}
		for (int i = 0; i < newFields.size(); i++) {
			if (oldNames.contains(newNames.get(i))) {
				continue;
			}
			JsonNode added = newFields.get(i);
			Integer renamed = null;
			for (Integer r : removed) {
				JsonNode old = oldFields.get(r);
				if (Objects.equals(text(old, "type"), text(added, "type"))
						&& (r == i || Objects.equals(text(old, "description"), text(added, "description")))) {
					renamed = r;
					break;
				}
			}
			if (renamed != null) {
				removed.remove(renamed);
				shared.put(newNames.get(i), oldNames.get(renamed));
				changes.add(new FieldChange(table, FieldChange.Kind.RENAMED, newNames.get(i), oldNames.get(renamed)));
			}
			else {
				changes.add(new FieldChange(table, FieldChange.Kind.ADDED, newNames.get(i), null));
			}
		}
		removed.forEach((r) -> changes.add(new FieldChange(table, FieldChange.Kind.REMOVED, oldNames.get(r), null)));
		return shared;
	}

	private static TableChange records(ZipFile previous, JsonNode before, ZipFile current, JsonNode after,
			Map<String, String> shared) throws IOException {
		List<String> newKey = primaryKey(after);
		List<String> oldKey = newKey.stream().map(shared::get).toList();
		if (oldKey.contains(null)) {
			throw new IllegalStateException("The key of " + name(after) + " is not a field of both releases");
		}
		List<String> oldColumns = new ArrayList<>(shared.values());
		List<String> newColumns = new ArrayList<>(shared.keySet());
		Map<String, Long> old = new HashMap<>();
		read(previous, before, (record) -> old.put(key(record, oldKey), hash(record, oldColumns)));
		long[] counts = new long[3];
		List<String> added = new ArrayList<>();
		List<String> changed = new ArrayList<>();
		read(current, after, (record) -> {
			String key = key(record, newKey);
			Long was = old.remove(key);
			if (was == null) {
				note(counts, 0, added, key);
			}
			else if (was != hash(record, newColumns)) {
				note(counts, 1, changed, key);
			}
			counts[2]++;
		});
		List<String> withdrawn = new ArrayList<>(old.keySet());
		withdrawn.sort(PackageComparison::compareKeys);
		return new TableChange(name(after), counts[2], counts[0], counts[1], withdrawn.size(), added, changed,
				List.copyOf(withdrawn.subList(0, Math.min(withdrawn.size(), DataSetChanges.KEYS_LISTED))));
	}

	private static void note(long[] counts, int kind, List<String> keys, String key) {
		counts[kind]++;
		if (keys.size() < DataSetChanges.KEYS_LISTED) {
			keys.add(key);
		}
	}

	/**
	 * Keys in the order the package writes its rows: by number where they are numbers.
	 */
	private static int compareKeys(String a, String b) {
		if (a.matches("\\d{1,18}") && b.matches("\\d{1,18}")) {
			return Long.compare(Long.parseLong(a), Long.parseLong(b));
		}
		return a.compareTo(b);
	}

	/** A record's key: its primary key's values, separated by commas. */
	private static String key(CSVRecord record, List<String> primaryKey) {
		return String.join(", ", primaryKey.stream().map(record::get).toList());
	}

	/** A 64-bit FNV-1a hash of the values, each ended by a character no value holds. */
	private static long hash(CSVRecord record, List<String> columns) {
		long hash = 0xcbf29ce484222325L;
		for (String column : columns) {
			String value = record.get(column);
			for (int i = 0; i < value.length(); i++) {
				hash = (hash ^ value.charAt(i)) * 0x100000001b3L;
			}
			hash = (hash ^ 0xffff) * 0x100000001b3L;
		}
		return hash;
	}

	private static void read(ZipFile zip, JsonNode resource, RecordConsumer consumer) throws IOException {
		ZipEntry entry = zip.getEntry(text(resource, "path"));
		if (entry == null) {
			throw new IOException("The package has no file " + text(resource, "path"));
		}
		try (InputStream in = zip.getInputStream(entry);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
				CSVParser parser = CSV.parse(reader)) {
			for (CSVRecord record : parser) {
				consumer.accept(record);
			}
		}
	}

	/** The package's tables by name, in the descriptor's order. */
	static Map<String, JsonNode> resources(ZipFile zip) throws IOException {
		ZipEntry entry = zip.getEntry(DataPackageWriter.DESCRIPTOR);
		if (entry == null) {
			throw new IOException("The package has no " + DataPackageWriter.DESCRIPTOR);
		}
		JsonNode descriptor;
		try (InputStream in = zip.getInputStream(entry)) {
			descriptor = JSON.readTree(in);
		}
		Map<String, JsonNode> resources = new LinkedHashMap<>();
		descriptor.path("resources").forEach((resource) -> resources.put(name(resource), resource));
		return resources;
	}

	private static List<JsonNode> fields(JsonNode resource) {
		List<JsonNode> fields = new ArrayList<>();
		resource.path("schema").path("fields").forEach(fields::add);
		return fields;
	}

	private static List<String> primaryKey(JsonNode resource) {
		JsonNode key = resource.path("schema").path("primaryKey");
		List<String> names = new ArrayList<>();
		if (key.isArray()) {
			key.forEach((name) -> names.add(name.asString()));
		}
		else {
			names.add(key.asString());
		}
		return names;
	}

	private static String name(JsonNode node) {
		return text(node, "name");
	}

	private static String text(JsonNode node, String name) {
		return node.path(name).isValueNode() ? node.path(name).asString() : null;
	}

	@FunctionalInterface
	private interface RecordConsumer {

		void accept(CSVRecord record);

	}

}
