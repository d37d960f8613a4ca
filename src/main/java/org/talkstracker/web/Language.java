package org.talkstracker.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The languages readers read the site in. English is at the addresses the site has always
 * had; the others are the same addresses under their own prefix ({@code /uk/rounds/…},
 * {@code /ru/rounds/…}). Each is named in itself, as a reader looking for their own
 * language expects to find it.
 */
public enum Language {

	EN("en", "English"), UK("uk", "Українська"), RU("ru", "Русский");

	/** The request attribute holding the language a page is shown in. */
	static final String ATTRIBUTE = Language.class.getName();

	private final String code;

	private final String name;

	private final Locale locale;

	Language(String code, String name) {
		this.code = code;
		this.name = name;
		this.locale = Locale.forLanguageTag(code);
	}

	public String code() {
		return this.code;
	}

	/** The language's name in itself. */
	public String nameInItself() {
		return this.name;
	}

	public Locale locale() {
		return this.locale;
	}

	/** What comes before a page's address in this language: empty for English. */
	public String prefix() {
		return (this == EN) ? "" : "/" + this.code;
	}

	/** The language of a code such as {@code uk}, if the site speaks it. */
	static Optional<Language> ofCode(String code) {
		return Arrays.stream(values()).filter((language) -> language.code.equals(code)).findFirst();
	}

	/**
	 * The language an address within the application is in: {@code /uk/rounds} is
	 * Ukrainian, {@code /rounds} English.
	 */
	static Language ofPath(String path) {
		for (Language language : values()) {
			if (language != EN && (path.equals(language.prefix()) || path.startsWith(language.prefix() + "/"))) {
				return language;
			}
		}
		return EN;
	}

	/** The language a request is answered in ({@link LanguageAddresses} decides it). */
	public static Language of(HttpServletRequest request) {
		return (request.getAttribute(ATTRIBUTE) instanceof Language language) ? language : EN;
	}

}
