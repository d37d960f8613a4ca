package org.talkstracker.text;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A language a fact's text is written or translated in, stored as its ISO 639-1 code
 * ({@code en}, {@code uk}, {@code ru}). The languages are those readers read the site in,
 * so every text can be offered in each reader's language.
 */
public enum TextLanguage {

	EN, UK, RU;

	/** The language's code, as stored and as HTML's {@code lang} attribute takes it. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The language of a code such as {@code uk}. */
	public static Optional<TextLanguage> ofCode(String code) {
		return Arrays.stream(values()).filter((language) -> language.code().equals(code)).findFirst();
	}

	/** The language of a locale, if texts are written in it. */
	/**
	 * The language of the text a query gives in {@code column}, read from the column
	 * {@code column_language} beside it.
	 */
	public static TextLanguage read(ResultSet row, String column) throws SQLException {
		String code = row.getString(column + "_language");
		return ofCode(code).orElseThrow(
				() -> new IllegalStateException("The language '" + code + "' is not one texts are written in"));
	}

	public static Optional<TextLanguage> of(Locale locale) {
		return ofCode(locale.getLanguage());
	}

	/** Stores a language by its code. */
	@Converter(autoApply = true)
	public static class Column implements AttributeConverter<TextLanguage, String> {

		@Override
		public String convertToDatabaseColumn(TextLanguage language) {
			return (language != null) ? language.code() : null;
		}

		@Override
		public TextLanguage convertToEntityAttribute(String code) {
			return (code != null) ? ofCode(code).orElseThrow(
					() -> new IllegalStateException("The language '" + code + "' is not one texts are written in"))
					: null;
		}

	}

}
