package org.talkstracker.translation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.talkstracker.memorandum.Clause;
import org.talkstracker.memorandum.Memorandum;
import org.talkstracker.proposal.Proposal;
import org.talkstracker.round.Round;
import org.talkstracker.statement.Statement;
import org.talkstracker.text.TextLanguage;

interface TextTranslationRepository extends JpaRepository<TextTranslation, Long> {

	/** The translations of the rounds' summaries, for lists of rounds. */
	@Query("""
			select new org.talkstracker.translation.TranslationRow(t.round.id, null, null, null, null, t.field,
			       t.language, t.text, t.translator, t.translatedAt)
			from TextTranslation t where t.round.id in :rounds and t.field = 'summary'
			order by t.language, t.id""")
	List<TranslationRow> findRoundSummaries(Collection<Long> rounds);

	List<TextTranslation> findByRoundAndFieldOrderByLanguage(Round round, String field);

	List<TextTranslation> findByProposalAndFieldOrderByLanguage(Proposal proposal, String field);

	List<TextTranslation> findByMemorandumAndFieldOrderByLanguage(Memorandum memorandum, String field);

	List<TextTranslation> findByClauseAndFieldOrderByLanguage(Clause clause, String field);

	List<TextTranslation> findByStatementAndFieldOrderByLanguage(Statement statement, String field);

	default List<TextTranslation> of(Object fact, String field) {
		if (fact instanceof Round round) {
			return findByRoundAndFieldOrderByLanguage(round, field);
		}
		if (fact instanceof Proposal proposal) {
			return findByProposalAndFieldOrderByLanguage(proposal, field);
		}
		if (fact instanceof Memorandum memorandum) {
			return findByMemorandumAndFieldOrderByLanguage(memorandum, field);
		}
		if (fact instanceof Clause clause) {
			return findByClauseAndFieldOrderByLanguage(clause, field);
		}
		return findByStatementAndFieldOrderByLanguage((Statement) fact, field);
	}

	default Optional<TextTranslation> of(Object fact, String field, TextLanguage language) {
		return of(fact, field).stream().filter((translation) -> translation.getLanguage() == language).findFirst();
	}

}
