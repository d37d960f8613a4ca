package org.talkstracker.editing;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A form was filled in from a version of a record that someone else has changed since. Nothing
 * is saved; the conflict page shows, field by field, what is stored now and what was submitted,
 * so the editor can redo their change on the current version.
 */
public class EditConflictException extends RuntimeException {

	private final String labels;

	private final List<Field> fields;

	private final String formUrl;

	private EditConflictException(String labels, List<Field> fields, String formUrl) {
		super("Edited from an old version: " + formUrl);
		this.labels = labels;
		this.fields = List.copyOf(fields);
		this.formUrl = formUrl;
	}

	/**
	 * Throws unless the form was based on the stored version. Both forms are records of one type;
	 * each component but the version becomes a row, named by the message {@code labels.<component>}.
	 */
	public static void unlessCurrent(long storedVersion, long submittedVersion, Record stored, Record submitted,
			String labels, String formUrl) {
		if (storedVersion != submittedVersion) {
			throw new EditConflictException(labels, compare(stored, submitted), formUrl);
		}
	}

	private static List<Field> compare(Record stored, Record submitted) {
		List<Field> fields = new ArrayList<>();
		for (RecordComponent component : stored.getClass().getRecordComponents()) {
			if (!component.getName().equals("version")) {
				fields.add(new Field(component.getName(), text(value(component, stored)),
						text(value(component, submitted))));
			}
		}
		return fields;
	}

	private static Object value(RecordComponent component, Record record) {
		try {
			java.lang.reflect.Method accessor = component.getAccessor();
			// Forms are package-private records of their feature.
			accessor.setAccessible(true);
			return accessor.invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot read " + component.getName(), ex);
		}
	}

	private static String text(Object value) {
		if (value instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
		}
		return (value != null) ? value.toString() : "";
	}

	/** The message key prefix that names the fields. */
	public String getLabels() {
		return this.labels;
	}

	public List<Field> getFields() {
		return this.fields;
	}

	/** Where to start again from the stored version. */
	public String getFormUrl() {
		return this.formUrl;
	}

	public record Field(String name, String stored, String submitted) {

		public boolean differs() {
			return !Objects.equals(this.stored, this.submitted);
		}

	}

}
