package org.talkstracker.translation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.text.FactKind;
import org.talkstracker.text.Text;
import org.talkstracker.text.TextLanguage;
import org.talkstracker.text.TextTranslations;
import org.talkstracker.text.TranslatedTexts;
import org.talkstracker.text.WrittenTexts;

/**
 * The translations of facts' texts, as pages read them: a round's in one statement, and
 * those of any facts the pages of memoranda, parties and people show in one statement.
 */
@Service
public class Translations implements TextTranslations {

	private final TextTranslationRepository translations;

	Translations(TextTranslationRepository translations) {
		this.translations = translations;
	}

	@Override
	@Transactional(readOnly = true)
	public TranslatedTexts of(Map<FactKind, ? extends Collection<Long>> facts) {
		if (facts.values().stream().allMatch(Collection::isEmpty)) {
			return TranslatedTexts.NONE;
		}
		return texts(this.translations.findOf(ids(facts, FactKind.ROUND), ids(facts, FactKind.PROPOSAL),
				ids(facts, FactKind.MEMORANDUM), ids(facts, FactKind.CLAUSE), ids(facts, FactKind.STATEMENT)));
	}

	/** The translations of the rounds' summaries, by round id, in one statement. */
	@Transactional(readOnly = true)
	public Map<Long, List<Text.Translation>> ofRoundSummaries(Collection<Long> rounds) {
		Map<Long, List<Text.Translation>> byRound = new LinkedHashMap<>();
		if (!rounds.isEmpty()) {
			this.translations.findRoundSummaries(rounds)
				.forEach((row) -> byRound.computeIfAbsent(row.roundId(), (id) -> new ArrayList<>()).add(row.view()));
		}
		return byRound;
	}

	/**
	 * Makes a text of a fact written in the language given (English when none) with
	 * exactly the translations given, as a data file's import does. The translations it
	 * no longer has go first and its language is written before any translation is added,
	 * so that no write, in whatever order, translates a text into its own language
	 * ({@code text_translation_not_into_its_original}).
	 */
	@Transactional
	public void replace(WrittenTexts fact, String field, TextLanguage language, List<Text.Translation> wanted) {
		TextLanguage writtenIn = (language != null) ? language : TextLanguage.EN;
		List<TextTranslation> stored = this.translations.of(fact, field);
		List<TextTranslation> unwanted = stored.stream()
			.filter((translation) -> wanted.stream()
				.noneMatch((given) -> given.language() == translation.getLanguage()))
			.toList();
		if (!unwanted.isEmpty()) {
			this.translations.deleteAll(unwanted);
			this.translations.flush();
		}
		if (fact.writtenIn(field) != writtenIn) {
			fact.markWrittenIn(field, writtenIn);
			this.translations.flush();
		}
		for (Text.Translation given : wanted) {
			TextTranslation translation = stored.stream()
				.filter((kept) -> kept.getLanguage() == given.language())
				.findFirst()
				.orElseGet(() -> new TextTranslation(fact, field, given.language()));
			if (!given.equals(translation.view())) {
				translation.translate(given.text(), given.translator(), given.translatedAt());
				this.translations.save(translation);
			}
		}
	}

	private static Collection<Long> ids(Map<FactKind, ? extends Collection<Long>> facts, FactKind kind) {
		return facts.containsKey(kind) ? facts.get(kind) : List.of();
	}

	private static TranslatedTexts texts(List<TranslationRow> rows) {
		return TranslatedTexts
			.of(rows.stream().map((row) -> new TranslatedTexts.Translated(row.textOf(), row.view())).toList());
	}

}
