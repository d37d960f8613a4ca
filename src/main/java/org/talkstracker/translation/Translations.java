package org.talkstracker.translation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.round.Round;
import org.talkstracker.text.FactKind;
import org.talkstracker.text.Text;
import org.talkstracker.text.TextTranslations;
import org.talkstracker.text.TranslatedTexts;

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

	/** The texts a round's page shows, with their translations, read in one statement. */
	@Transactional(readOnly = true)
	public TranslatedTexts shownWith(Round round) {
		return texts(this.translations.findShownWith(round));
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

	private static Collection<Long> ids(Map<FactKind, ? extends Collection<Long>> facts, FactKind kind) {
		return facts.containsKey(kind) ? facts.get(kind) : List.of();
	}

	private static TranslatedTexts texts(List<TranslationRow> rows) {
		return TranslatedTexts
			.of(rows.stream().map((row) -> new TranslatedTexts.Translated(row.textOf(), row.view())).toList());
	}

}
