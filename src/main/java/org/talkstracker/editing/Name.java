package org.talkstracker.editing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A name in the languages the site speaks: a person's, a party's, a process's, a round's
 * city or venue, a memorandum's title. The English name is always there (it is the name
 * exports and editors' pages use); the Ukrainian and Russian ones may be missing. One of
 * them is the original ({@code en}, {@code uk} or {@code ru}), the others translations or
 * transliterations of it.
 *
 * @param en the English name
 * @param uk the Ukrainian name, if known
 * @param ru the Russian name, if known
 * @param original the language of the original name; English when none is given
 */
public record Name(String en, String uk, String ru, String original) {

	/**
	 * The English name, as the JSON API has always given names: the API and the exports
	 * stay in English (the data file carries the other languages in entries of its own).
	 */
	@JsonValue
	public String en() {
		return this.en;
	}

	/** The languages a name is given in, English first. */
	public static final List<String> LANGUAGES = List.of("en", "uk", "ru");

	public Name {
		original = (original != null) ? original : "en";
	}

	/** The name with its names in other languages, none when there is no English one. */
	public static Name of(String en, String uk, String ru, String original) {
		return (en != null) ? new Name(en, uk, ru, original) : null;
	}

	/**
	 * The name a query gives in the column {@code column} (English) and the columns
	 * {@code column_uk}, {@code column_ru} and {@code column_original} beside it; none
	 * when the English one is null.
	 */
	public static Name read(ResultSet row, String column) throws SQLException {
		return of(row.getString(column), row.getString(column + "_uk"), row.getString(column + "_ru"),
				row.getString(column + "_original"));
	}

	/** The name in one language ({@code en}, {@code uk}, {@code ru}), if given. */
	public String in(String language) {
		return switch (language) {
			case "uk" -> this.uk;
			case "ru" -> this.ru;
			case "en" -> this.en;
			default -> null;
		};
	}

	/**
	 * The name a reader of a page in {@code locale} sees: the name in that language, else
	 * the original, else the English one; with its language when it is not the page's,
	 * for the {@code lang} attribute.
	 */
	public Shown shown(Locale locale) {
		String page = locale.getLanguage();
		String language = (in(page) != null) ? page : (in(this.original) != null) ? this.original : "en";
		return new Shown(in(language), language.equals(page) ? null : language);
	}

	/** The name as a page shows it ({@link #shown}). */
	public String textIn(Locale locale) {
		return shown(locale).text();
	}

	/**
	 * The language of the name as a page shows it ({@link #shown}) when that is not the
	 * page's, for its {@code lang} attribute; else {@code null}.
	 */
	public String langIn(Locale locale) {
		return shown(locale).lang();
	}

	/** The English name: what exports and editors' pages print. */
	@Override
	public String toString() {
		return this.en;
	}

	/**
	 * A name shown on a page, with its language when that is not the page's.
	 *
	 * @param text the name
	 * @param lang its language when it differs from the page's, else {@code null}
	 */
	public record Shown(String text, String lang) {

		@Override
		public String toString() {
			return this.text;
		}

	}

}
