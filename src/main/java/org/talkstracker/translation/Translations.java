package org.talkstracker.translation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
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

	// Read through JDBC as plain rows: as a JPQL query this one statement cost a round
	// page
	// as much as ten others (Hibernate bound its five lists of ids by trying each as a
	// single id first, with an exception per try).
	private static final String OF_FACTS = """
			select t.round_id, t.proposal_id, t.memorandum_id, t.clause_id, t.statement_id, t.field,
			       t.language as text_language, t.text, t.translator, t.translated_at
			from text_translation t
			where t.round_id = any(:rounds) or t.proposal_id = any(:proposals) or t.memorandum_id = any(:memoranda)
			   or t.clause_id = any(:clauses) or t.statement_id = any(:statements)
			order by t.language, t.id""";

	private final TextTranslationRepository translations;

	private final JdbcClient jdbc;

	Translations(TextTranslationRepository translations, JdbcClient jdbc) {
		this.translations = translations;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public TranslatedTexts of(Map<FactKind, ? extends Collection<Long>> facts) {
		if (facts.values().stream().allMatch(Collection::isEmpty)) {
			return TranslatedTexts.NONE;
		}
		return texts(this.jdbc.sql(OF_FACTS)
			.param("rounds", ids(facts, FactKind.ROUND))
			.param("proposals", ids(facts, FactKind.PROPOSAL))
			.param("memoranda", ids(facts, FactKind.MEMORANDUM))
			.param("clauses", ids(facts, FactKind.CLAUSE))
			.param("statements", ids(facts, FactKind.STATEMENT))
			.query(Translations::row)
			.list());
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

	private static Long[] ids(Map<FactKind, ? extends Collection<Long>> facts, FactKind kind) {
		return facts.containsKey(kind) ? facts.get(kind).toArray(Long[]::new) : new Long[0];
	}

	private static TranslationRow row(ResultSet row, int number) throws SQLException {
		return new TranslationRow(row.getObject("round_id", Long.class), row.getObject("proposal_id", Long.class),
				row.getObject("memorandum_id", Long.class), row.getObject("clause_id", Long.class),
				row.getObject("statement_id", Long.class), row.getString("field"), TextLanguage.read(row, "text"),
				row.getString("text"), row.getString("translator"), row.getTimestamp("translated_at").toInstant());
	}

	private static TranslatedTexts texts(List<TranslationRow> rows) {
		return TranslatedTexts
			.of(rows.stream().map((row) -> new TranslatedTexts.Translated(row.textOf(), row.view())).toList());
	}

}
