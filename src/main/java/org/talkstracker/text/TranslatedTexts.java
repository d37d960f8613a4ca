package org.talkstracker.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Texts of facts with the translations read for them ({@link TextTranslations}): each
 * text as a {@link Text}, the words as written, their language and their translations.
 */
public final class TranslatedTexts {

	/** No translations: every text as written. */
	public static final TranslatedTexts NONE = new TranslatedTexts(List.of());

	private final Map<TextOf, List<Text.Translation>> translations = new HashMap<>();

	private TranslatedTexts(List<Translated> translations) {
		translations
			.forEach((translated) -> this.translations.computeIfAbsent(translated.text(), (text) -> new ArrayList<>())
				.add(translated.translation()));
	}

	/** The translations given, in the order given. */
	public static TranslatedTexts of(List<Translated> translations) {
		return new TranslatedTexts(translations);
	}

	/** A text of a fact, with its language and translations; null where it has none. */
	public Text of(WrittenTexts fact, String field) {
		return Text.of(fact.text(field), fact.writtenIn(field),
				translations(new TextOf(fact.factKind(), fact.getId(), field)));
	}

	/**
	 * A text of a fact a query read as words and language; null where it has none.
	 */
	public Text of(FactKind kind, Long id, String field, String original, TextLanguage language) {
		return Text.of(original, language, translations(new TextOf(kind, id, field)));
	}

	private List<Text.Translation> translations(TextOf text) {
		return this.translations.getOrDefault(text, List.of());
	}

	/** One text of one fact: its kind, id and field ({@code summary}, {@code text}). */
	public record TextOf(FactKind kind, Long id, String field) {
	}

	/** One translation of one text. */
	public record Translated(TextOf text, Text.Translation translation) {
	}

}
