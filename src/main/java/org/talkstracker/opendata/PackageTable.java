package org.talkstracker.opendata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One table of the data package: its CSV file's columns, described as Table Schema
 * fields, its keys, and the query that reads its rows, which selects the columns in the
 * fields' order and under their names ({@link DataPackageWriter} checks both as it
 * reads). Public for the {@code /data} page's template to read.
 */
public record PackageTable(String name, String description, List<Field> fields, List<String> primaryKey,
		List<ForeignKey> foreignKeys, String query) {

	public String path() {
		return this.name + ".csv";
	}

	public List<String> fieldNames() {
		return this.fields.stream().map(Field::name).toList();
	}

	/** The table as a tabular data resource of the descriptor. */
	Map<String, Object> resource() {
		Map<String, Object> schema = new LinkedHashMap<>();
		schema.put("fields", this.fields.stream().map(Field::descriptor).toList());
		if (!this.primaryKey.isEmpty()) {
			schema.put("primaryKey", this.primaryKey);
		}
		if (!this.foreignKeys.isEmpty()) {
			schema.put("foreignKeys", this.foreignKeys.stream().map(ForeignKey::descriptor).toList());
		}
		schema.put("missingValues", List.of(""));
		Map<String, Object> resource = new LinkedHashMap<>();
		resource.put("name", this.name);
		resource.put("path", path());
		resource.put("profile", "tabular-data-resource");
		resource.put("description", this.description);
		resource.put("format", "csv");
		resource.put("mediatype", "text/csv");
		resource.put("encoding", "utf-8");
		resource.put("dialect",
				Map.of("delimiter", ",", "doubleQuote", true, "lineTerminator", "\r\n", "header", true));
		resource.put("schema", schema);
		return resource;
	}

	/** A column: its Table Schema type and format, and its constraints. */
	record Field(String name, String type, String format, String description, Map<String, Object> constraints) {

		static Field of(String name, String type, String description) {
			return new Field(name, type, null, description, Map.of());
		}

		static Field id(String description) {
			return of("id", "integer", description).required().unique().minimum(1);
		}

		static Field reference(String name, String description) {
			return of(name, "integer", description).minimum(1);
		}

		static Field text(String name, String description) {
			return of(name, "string", description);
		}

		static Field date(String name, String description) {
			return of(name, "date", description);
		}

		/** A UTC instant, written as {@code 2025-06-02T10:00:00Z}. */
		static Field time(String name, String description) {
			return of(name, "datetime", description);
		}

		static Field count(String name, String description) {
			return of(name, "integer", description).minimum(0);
		}

		static Field url(String name, String description) {
			return new Field(name, "string", "uri", description, Map.of());
		}

		/** One of the enum's constants, written in lower case as every export does. */
		static Field choice(String name, Class<? extends Enum<?>> values, String description) {
			return of(name, "string", description).constraint("enum", values(values));
		}

		static List<String> values(Class<? extends Enum<?>> values) {
			return Arrays.stream(values.getEnumConstants())
				.map((value) -> value.name().toLowerCase(Locale.ROOT))
				.toList();
		}

		Field required() {
			return constraint("required", true);
		}

		Field unique() {
			return constraint("unique", true);
		}

		Field minimum(int minimum) {
			return constraint("minimum", minimum);
		}

		Field maxLength(int length) {
			return constraint("maxLength", length);
		}

		Field constraint(String key, Object value) {
			Map<String, Object> constraints = new LinkedHashMap<>(this.constraints);
			constraints.put(key, value);
			return new Field(this.name, this.type, this.format, this.description, constraints);
		}

		Map<String, Object> descriptor() {
			Map<String, Object> field = new LinkedHashMap<>();
			field.put("name", this.name);
			field.put("type", this.type);
			field.put("format", (this.format != null) ? this.format : "default");
			field.put("description", this.description);
			if (!this.constraints.isEmpty()) {
				field.put("constraints", this.constraints);
			}
			return field;
		}

	}

	/** Fields of this table naming the key of another. */
	record ForeignKey(List<String> fields, String resource, List<String> referenced) {

		static ForeignKey of(String field, String resource) {
			return new ForeignKey(List.of(field), resource, List.of("id"));
		}

		Map<String, Object> descriptor() {
			Map<String, Object> reference = new LinkedHashMap<>();
			reference.put("resource", this.resource);
			reference.put("fields", one(this.referenced));
			Map<String, Object> key = new LinkedHashMap<>();
			key.put("fields", one(this.fields));
			key.put("reference", reference);
			return key;
		}

		/** A key of one field as its name, as the specification's examples write it. */
		private static Object one(List<String> fields) {
			return (fields.size() == 1) ? fields.get(0) : new ArrayList<>(fields);
		}

	}

}
