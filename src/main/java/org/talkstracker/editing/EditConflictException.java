package org.talkstracker.editing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A form was filled in from a version of a record that someone else has changed since.
 * Nothing is saved; the conflict page shows, field by field, what is stored now and what
 * was submitted, so the editor can redo their change on the current version.
 */
public class EditConflictException extends RuntimeException {

	private final String labels;

	private final List<Row> fields;

	private EditConflictException(String labels, List<Row> fields) {
		super("Edited from an old version: " + labels);
		this.labels = labels;
		this.fields = List.copyOf(fields);
	}

	/**
	 * Throws unless the submitted form was filled in from the stored version. Both forms
	 * are of one kind; each of their fields becomes a row, named by the message
	 * {@code labels.<field>}.
	 * @param stored the form as the stored record fills it in now
	 */
	public static <F extends EditingForm> void unlessCurrent(F stored, F submitted, String labels) {
		if (stored.version() != submitted.version()) {
			throw new EditConflictException(labels, compare(stored.fields(), submitted.fields()));
		}
	}

	private static List<Row> compare(List<EditingForm.Field> stored, List<EditingForm.Field> submitted) {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < stored.size(); i++) {
			rows.add(new Row(stored.get(i).name(), text(stored.get(i).value()), text(submitted.get(i).value())));
		}
		return rows;
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

	public List<Row> getFields() {
		return this.fields;
	}

	/** One field of the form: its name, what is stored now and what was submitted. */
	public record Row(String name, String stored, String submitted) {

		public boolean differs() {
			return !Objects.equals(this.stored, this.submitted);
		}

	}

}
