package org.talkstracker.translation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.memorandum.Clause;
import org.talkstracker.memorandum.Memorandum;
import org.talkstracker.proposal.Proposal;
import org.talkstracker.round.Round;
import org.talkstracker.statement.Statement;
import org.talkstracker.text.Text;
import org.talkstracker.text.WrittenTexts;

/** The translations of facts' texts, as pages read them: a round's in one statement. */
@Service
public class Translations {

	private final TextTranslationRepository translations;

	Translations(TextTranslationRepository translations) {
		this.translations = translations;
	}

	/** The texts a round's page shows, with their translations, read in one statement. */
	@Transactional(readOnly = true)
	public Texts shownWith(Round round) {
		Map<String, List<Text.Translation>> byText = new LinkedHashMap<>();
		for (TranslationRow row : this.translations.findShownWith(round)) {
			byText.computeIfAbsent(key(row), (key) -> new ArrayList<>()).add(row.view());
		}
		return new Texts(byText);
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

	private static String key(TranslationRow row) {
		if (row.roundId() != null) {
			return key("round", row.roundId(), row.field());
		}
		if (row.proposalId() != null) {
			return key("proposal", row.proposalId(), row.field());
		}
		if (row.memorandumId() != null) {
			return key("memorandum", row.memorandumId(), row.field());
		}
		if (row.clauseId() != null) {
			return key("clause", row.clauseId(), row.field());
		}
		return key("statement", row.statementId(), row.field());
	}

	static String key(WrittenTexts fact, String field) {
		String kind = (fact instanceof Round) ? "round" : (fact instanceof Proposal) ? "proposal"
				: (fact instanceof Memorandum) ? "memorandum" : (fact instanceof Clause) ? "clause" : "statement";
		return key(kind, fact.getId(), field);
	}

	private static String key(String kind, Long id, String field) {
		return kind + ":" + id + ":" + field;
	}

	/** Texts of facts with the translations read for them. */
	public static final class Texts {

		private final Map<String, List<Text.Translation>> translations;

		Texts(Map<String, List<Text.Translation>> translations) {
			this.translations = translations;
		}

		/**
		 * A text of a fact, with its language and translations; null where it has none.
		 */
		public Text of(WrittenTexts fact, String field) {
			return Text.of(fact.text(field), fact.writtenIn(field),
					this.translations.getOrDefault(key(fact, field), List.of()));
		}

	}

}
