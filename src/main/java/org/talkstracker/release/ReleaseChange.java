package org.talkstracker.release;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * One change between two releases of a round, in readers' words: a message key
 * ({@code release.change.*}) and its arguments, so that it can be written in any
 * interface language. An argument is a number (formatted by the message, "1,245"), a
 * {@link LocalDate} ("16 June 2025"), a {@link YearMonth} ("June 2025"), an
 * {@link Instant} ("2 June 2025, 10:35 UTC"), text (a name, a title, as the data file has
 * it), or itself a {@code ReleaseChange}: a phrase such as a status's label
 * ({@code proposal.status.REJECTED}) or the name of a fact ("Proposal “Ceasefire”
 * (Russia)"), written in the same language first. No argument is null: what is not given
 * is the phrase {@code release.change.notGiven}.
 *
 * @param key the message key
 * @param args its arguments, in the order the message numbers them
 */
public record ReleaseChange(String key, List<Object> args) {

	public ReleaseChange {
		args = List.copyOf(args);
	}

	static ReleaseChange of(String key, Object... args) {
		return new ReleaseChange(key, Arrays.asList(args));
	}

	/** The change as a sentence in the locale's language. */
	public String render(MessageSource messages, Locale locale) {
		Object[] formatted = this.args.stream().map((arg) -> format(arg, messages, locale)).toArray();
		return messages.getMessage(this.key, formatted, locale);
	}

	private static Object format(Object arg, MessageSource messages, Locale locale) {
		if (arg instanceof ReleaseChange phrase) {
			return phrase.render(messages, locale);
		}
		if (arg instanceof LocalDate date) {
			return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
		}
		if (arg instanceof YearMonth month) {
			return DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(month);
		}
		if (arg instanceof Instant instant) {
			return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", locale)
				.format(instant.atOffset(ZoneOffset.UTC));
		}
		return arg;
	}

}
