package org.talkstracker.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.talkstracker.editing.EditConflictException;
import org.talkstracker.editing.EditingForm;
import org.talkstracker.editing.RecordNames;
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

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm");

	/**
	 * What a save of a published round sends besides the form, carried to the new save.
	 */
	private static final List<String> CARRIED = List.of("releaseKind", "releaseNote");

	private final FormParameters parameters;

	private final MessageSource messages;

	private final Map<String, RecordNames> names;

	ConflictPage(FormParameters parameters, MessageSource messages, List<RecordNames> names) {
		this.parameters = parameters;
		this.messages = messages;
		this.names = names.stream().collect(Collectors.toMap(RecordNames::kind, Function.identity()));
	}

	Conflict of(EditConflictException conflict, HttpServletRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
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
			rows.add(new Row(theirs.name(), words(theirs, locale), words(yours, locale),
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

	/** A field's value as readers see it on the site. */
	private String words(EditingForm.Field field, Locale locale) {
		Object value = field.value();
		if (value == null) {
			return "";
		}
		if (field.references() != null) {
			Collection<String> slugs = (value instanceof Collection<?> values)
					? values.stream().map(String::valueOf).toList() : List.of(String.valueOf(value));
			RecordNames records = this.names.get(field.references());
			Map<String, String> named = (records != null) ? records.names(slugs) : Map.of();
			return slugs.stream().map((slug) -> named.getOrDefault(slug, slug)).collect(Collectors.joining(", "));
		}
		if (value instanceof Collection<?> values) {
			return values.stream().map((each) -> words(field, each, locale)).collect(Collectors.joining(", "));
		}
		return words(field, value, locale);
	}

	private String words(EditingForm.Field field, Object value, Locale locale) {
		if (field.choices() != null && value instanceof Enum<?> choice) {
			return this.messages.getMessage(field.choices() + "." + choice.name(), null, choice.name(), locale);
		}
		if (value instanceof Boolean yes) {
			return this.messages.getMessage(yes ? "admin.conflict.yes" : "admin.conflict.no", null, locale);
		}
		if (value instanceof LocalDate || value instanceof LocalDateTime) {
			DateTimeFormatter format = (value instanceof LocalDate) ? DAY : TIME;
			return format.withLocale(locale).format((TemporalAccessor) value);
		}
		return String.valueOf(value);
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
