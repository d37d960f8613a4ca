package org.talkstracker.translation;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.memorandum.Clause;
import org.talkstracker.memorandum.Memorandum;
import org.talkstracker.proposal.Proposal;
import org.talkstracker.round.Round;
import org.talkstracker.statement.Statement;
import org.talkstracker.text.Text;
import org.talkstracker.text.TextLanguage;
import org.talkstracker.text.WrittenTexts;

/** The translations of facts' texts, as pages read them: a round's in one statement. */
@Service
public class Translations {

	private final TextTranslationRepository translations;

	private final JdbcClient jdbc;

	Translations(TextTranslationRepository translations, JdbcClient jdbc) {
		this.translations = translations;
		this.jdbc = jdbc;
	}

	/**
	 * The translations of the texts of the given facts (a round's page's: the round, its
	 * proposals, the memoranda delivered at it and their clauses, the statements made at
	 * it), read as rows in one statement.
	 */
	@Transactional(readOnly = true)
	public Texts shownWith(Collection<Long> rounds, Collection<Long> proposals, Collection<Long> memoranda,
			Collection<Long> clauses, Collection<Long> statements) {
		Map<String, List<Text.Translation>> byText = new LinkedHashMap<>();
		this.jdbc.sql("""
				select t.round_id, t.proposal_id, t.memorandum_id, t.clause_id, t.statement_id, t.field,
				       t.language as text_language, t.text, t.translator, t.translated_at
				from text_translation t
				where t.round_id = any(:rounds) or t.proposal_id = any(:proposals) or t.memorandum_id = any(:memoranda)
				   or t.clause_id = any(:clauses) or t.statement_id = any(:statements)
				order by t.language, t.id""")
			.param("rounds", rounds.toArray(Long[]::new))
			.param("proposals", proposals.toArray(Long[]::new))
			.param("memoranda", memoranda.toArray(Long[]::new))
			.param("clauses", clauses.toArray(Long[]::new))
			.param("statements", statements.toArray(Long[]::new))
			.query((ResultSet row) -> {
				TranslationRow translation = new TranslationRow(row.getObject("round_id", Long.class),
						row.getObject("proposal_id", Long.class), row.getObject("memorandum_id", Long.class),
						row.getObject("clause_id", Long.class), row.getObject("statement_id", Long.class),
						row.getString("field"), TextLanguage.read(row, "text"), row.getString("text"),
						row.getString("translator"), row.getTimestamp("translated_at").toInstant());
				byText.computeIfAbsent(key(translation), (key) -> new ArrayList<>()).add(translation.view());
			});
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

		/**
		 * A text of a fact read as a record, with its translations; null where it has
		 * none.
		 * @param kind the fact's kind: {@code round}, {@code proposal},
		 * {@code memorandum}, {@code clause} or {@code statement}
		 * @param id the fact's id
		 * @param field the text's field ({@code summary}, {@code title}, …)
		 * @param original the text as written
		 * @param language the language it was written in
		 */
		public Text of(String kind, long id, String field, String original, TextLanguage language) {
			return Text.of(original, language, this.translations.getOrDefault(key(kind, id, field), List.of()));
		}

	}

}
