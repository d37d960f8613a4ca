package org.talkstracker.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.talkstracker.editing.EditingForm;
import org.talkstracker.editing.RecordNames;

/**
 * An editing form's values as readers see them on the site: an enum's value by its
 * message, yes or no, a referenced record by its name rather than its slug, a date as the
 * pages write it.
 */
@Component
public class ReadersWords {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm");

	private final MessageSource messages;

	private final Map<String, RecordNames> names;

	ReadersWords(MessageSource messages, List<RecordNames> names) {
		this.messages = messages;
		this.names = names.stream().collect(Collectors.toMap(RecordNames::kind, Function.identity()));
	}

	/** A field's value as readers see it on the site. */
	public String of(EditingForm.Field field) {
		return words(field, LocaleContextHolder.getLocale());
	}

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

}
