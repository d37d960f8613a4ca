package org.talkstracker.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.talkstracker.editing.EditConflictException;
import org.talkstracker.editing.EditingForm;
import org.talkstracker.web.FormParameters.Parameter;

/**
 * What the conflict page shows: each field of the form in readers' words, the stored
 * value (the other editor's) beside the submitted one, and who changed it since the form
 * was opened. Where the two editors changed different fields, the parameters that apply
 * the submitted changes to the stored version: the stored values, the submitted ones
 * where the editor changed them, and the stored version.
 */
@Component
class ConflictPage {

	/**
	 * What a save of a published round sends besides the form, carried to the new save.
	 */
	private static final List<String> CARRIED = List.of("releaseKind", "releaseNote");

	private final FormParameters parameters;

	private final ReadersWords words;

	ConflictPage(FormParameters parameters, ReadersWords words) {
		this.parameters = parameters;
		this.words = words;
	}

	Conflict of(EditConflictException conflict, HttpServletRequest request) {
		boolean opened = FormParameters.openedWith(request);
		List<EditingForm.Field> stored = conflict.getStored().fields();
		List<EditingForm.Field> submitted = conflict.getSubmitted().fields();
		List<Row> rows = new ArrayList<>();
		List<Parameter> reapply = new ArrayList<>();
		for (int i = 0; i < stored.size(); i++) {
			EditingForm.Field theirs = stored.get(i);
			EditingForm.Field yours = submitted.get(i);
			List<String> storedValues = this.parameters.values(conflict.getStored(), theirs);
			List<String> submittedValues = this.parameters.values(conflict.getSubmitted(), yours);
			Change change = opened
					? Change.of(FormParameters.opened(request, theirs.name()), storedValues, submittedValues)
					: Change.UNKNOWN;
			rows.add(new Row(theirs.name(), this.words.of(theirs), this.words.of(yours),
					!storedValues.equals(submittedValues), change));
			List<String> merged = (change == Change.YOURS) ? submittedValues : storedValues;
			add(reapply, theirs.name(), merged);
			add(reapply, FormParameters.OPENED + theirs.name(), storedValues);
		}
		reapply.add(new Parameter("version", Long.toString(conflict.getStored().version())));
		for (String name : CARRIED) {
			String value = request.getParameter(name);
			if (value != null) {
				reapply.add(new Parameter(name, value));
			}
		}
		boolean reapplies = rows.stream().anyMatch((row) -> row.change() == Change.YOURS)
				&& rows.stream().noneMatch((row) -> row.change() == Change.BOTH || row.change() == Change.UNKNOWN);
		return new Conflict(conflict.getLabels(), rows, reapplies ? reapply : List.of());
	}

	private static void add(List<Parameter> parameters, String name, List<String> values) {
		(values.isEmpty() ? List.of("") : values).forEach((value) -> parameters.add(new Parameter(name, value)));
	}

	/** Who changed a field since the form was opened. */
	enum Change {

		/** Neither editor. */
		NONE,
		/** The editor who saved first. */
		THEIRS,
		/** The editor who submitted this form. */
		YOURS,
		/** Both, each to another value. */
		BOTH,
		/** Not known: the form did not say what it was opened with. */
		UNKNOWN;

		static Change of(List<String> opened, List<String> stored, List<String> submitted) {
			boolean theirs = !opened.equals(stored);
			boolean yours = !opened.equals(submitted);
			if (theirs && yours && !stored.equals(submitted)) {
				return BOTH;
			}
			if (yours && !theirs) {
				return YOURS;
			}
			return theirs ? THEIRS : NONE;
		}

	}

	/** One field: its name, the stored and the submitted value in readers' words. */
	record Row(String name, String stored, String submitted, boolean differs, Change change) {

		public boolean changedByBoth() {
			return this.change == Change.BOTH;
		}

		/** The message saying who changed the field, none where no one or not known. */
		public String changedBy() {
			return (this.change == Change.NONE || this.change == Change.UNKNOWN) ? null
					: "admin.conflict.change." + this.change;
		}

	}

	/**
	 * The page's content: the labels' message prefix, the fields, and the parameters that
	 * apply the submitted changes to the stored version, none when they cannot.
	 */
	record Conflict(String labels, List<Row> fields, List<Parameter> reapply) {

		/** The labels of the fields both editors changed, each to another value. */
		public List<String> changedByBoth() {
			return this.fields.stream()
				.filter(Row::changedByBoth)
				.map((row) -> this.labels + "." + row.name())
				.toList();
		}

		public boolean reapplies() {
			return !this.reapply.isEmpty();
		}

	}

}
