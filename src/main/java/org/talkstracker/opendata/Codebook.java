package org.talkstracker.opendata;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A data package's codebook: every table, its fields with their types, formats, allowed
 * values and meaning, and its keys, read from the package's descriptor
 * ({@code datapackage.json}) so it always says what the package holds. The codebook page
 * and the {@code codebook.md} in each package are its two renderings.
 *
 * @param version the release it describes, or {@code null} for the current data
 */
public record Codebook(String title, String version, String created, String description, String licence,
		String licenceUrl, List<Table> tables) {

	static Codebook of(JsonNode descriptor) {
		JsonNode licence = descriptor.path("licenses").path(0);
		List<Table> tables = new ArrayList<>();
		for (JsonNode resource : descriptor.path("resources")) {
			tables.add(Table.of(resource));
		}
		return new Codebook(text(descriptor, "title"), text(descriptor, "version"), text(descriptor, "created"),
				text(descriptor, "description"), text(licence, "title"), text(licence, "path"), List.copyOf(tables));
	}

	private static String text(JsonNode node, String name) {
		JsonNode value = node.path(name);
		return value.isValueNode() ? value.asString() : null;
	}

	private static List<String> strings(JsonNode node) {
		List<String> strings = new ArrayList<>();
		if (node.isArray()) {
			node.forEach((value) -> strings.add(value.asString()));
		}
		else if (node.isValueNode()) {
			strings.add(node.asString());
		}
		return List.copyOf(strings);
	}

	/** A table: its file, what it holds, its fields and keys. */
	public record Table(String name, String path, String description, List<Field> fields, List<String> primaryKey,
			List<Reference> foreignKeys) {

		static Table of(JsonNode resource) {
			JsonNode schema = resource.path("schema");
			List<Field> fields = new ArrayList<>();
			schema.path("fields").forEach((field) -> fields.add(Field.of(field)));
			List<Reference> references = new ArrayList<>();
			schema.path("foreignKeys")
				.forEach((key) -> references.add(new Reference(String.join(", ", strings(key.path("fields"))),
						text(key.path("reference"), "resource"),
						String.join(", ", strings(key.path("reference").path("fields"))))));
			return new Table(text(resource, "name"), text(resource, "path"), text(resource, "description"),
					List.copyOf(fields), strings(schema.path("primaryKey")), List.copyOf(references));
		}

	}

	/**
	 * A field: its Table Schema type and format, whether it must have a value and be
	 * unique, its least value, its pattern and its allowed values.
	 */
	public record Field(String name, String type, String format, String description, boolean required, boolean unique,
			String minimum, String pattern, List<String> values) {

		static Field of(JsonNode field) {
			JsonNode constraints = field.path("constraints");
			String format = text(field, "format");
			return new Field(text(field, "name"), text(field, "type"), "default".equals(format) ? null : format,
					text(field, "description"), constraints.path("required").asBoolean(false),
					constraints.path("unique").asBoolean(false), text(constraints, "minimum"),
					text(constraints, "pattern"), strings(constraints.path("enum")));
		}

	}

	/** A foreign key: this table's field naming a row of another table by its key. */
	public record Reference(String field, String table, String referenced) {

	}

}
