package org.talkstracker.text;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A fact's text as readers get it: the original, the language it was written in, and its
 * translations into other languages, each with who translated it and when.
 */
public record Text(String original, TextLanguage language, List<Translation> translations) {

	/**
	 * The text as written, as the JSON API has always given it: the API and data file
	 * carry the data, and a reader's page its reading.
	 */
	@JsonValue
	public String original() {
		return this.original;
	}

	/**
	 * The text as written: what an editor's page that shows the text in a list (the
	 * round's workspace) prints, and what nothing may show as a record's fields.
	 */
	@Override
	public String toString() {
		return this.original;
	}

	/** A text in English with no translation, as every text was before languages. */
	public static Text english(String original) {
		return of(original, TextLanguage.EN, List.of());
	}

	/** The text, or null where the fact has none. */
	public static Text of(String original, TextLanguage language, List<Translation> translations) {
		return (original != null) ? new Text(original, language, List.copyOf(translations)) : null;
	}

	/**
	 * What a reader of the given language reads: its translation into that language where
	 * there is one, else the original.
	 */
	public Reading in(Locale locale) {
		return this.translations.stream()
			.filter((translation) -> translation.language().code().equals(locale.getLanguage()))
			.findFirst()
			.map((translation) -> new Reading(translation.text(), translation.language(), this.language,
					translation.translator()))
			.orElseGet(() -> new Reading(this.original, this.language, null, null));
	}

	/** One translation of a text. */
	public record Translation(TextLanguage language, String text, String translator, Instant translatedAt) {
	}

	/**
	 * A text as shown in a language: the words, the language they are in, and for a
	 * translation the language translated from and who translated it.
	 */
	public record Reading(String text, TextLanguage language, TextLanguage translatedFrom, String translator) {

		public boolean translated() {
			return this.translatedFrom != null;
		}

		/**
		 * Whether the words are in another language than the page's, untranslated: the
		 * page then says which language they are in, never passing them off as its own.
		 */
		public boolean foreignTo(Locale locale) {
			return !this.language.code().equals(locale.getLanguage());
		}

		@Override
		public String toString() {
			return this.text;
		}

	}

}
