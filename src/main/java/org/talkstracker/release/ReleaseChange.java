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
			return pattern("date.day", messages, locale).format(date);
		}
		if (arg instanceof YearMonth month) {
			return pattern("date.month", messages, locale).format(month);
		}
		if (arg instanceof Instant instant) {
			return pattern("date.dayTime", messages, locale).format(instant.atOffset(ZoneOffset.UTC)) + " UTC";
		}
		return arg;
	}

	/** A date pattern in the language's way ("2 June 2025", "2 червня 2025 р."). */
	private static DateTimeFormatter pattern(String key, MessageSource messages, Locale locale) {
		return DateTimeFormatter.ofPattern(messages.getMessage(key, null, locale), locale);
	}

}
