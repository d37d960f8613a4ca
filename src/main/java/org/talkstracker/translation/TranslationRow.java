package org.talkstracker.translation;

import java.time.Instant;

import org.talkstracker.text.FactKind;
import org.talkstracker.text.Text;
import org.talkstracker.text.TextLanguage;
import org.talkstracker.text.TranslatedTexts;

/** A translation as read for a page, naming its fact by kind and id. */
record TranslationRow(Long roundId, Long proposalId, Long memorandumId, Long clauseId, Long statementId, String field,
		TextLanguage language, String text, String translator, Instant translatedAt) {

	/** The text translated: its fact, by kind and id, and its field. */
	TranslatedTexts.TextOf textOf() {
		if (this.roundId != null) {
			return new TranslatedTexts.TextOf(FactKind.ROUND, this.roundId, this.field);
		}
		if (this.proposalId != null) {
			return new TranslatedTexts.TextOf(FactKind.PROPOSAL, this.proposalId, this.field);
		}
		if (this.memorandumId != null) {
			return new TranslatedTexts.TextOf(FactKind.MEMORANDUM, this.memorandumId, this.field);
		}
		if (this.clauseId != null) {
			return new TranslatedTexts.TextOf(FactKind.CLAUSE, this.clauseId, this.field);
		}
		return new TranslatedTexts.TextOf(FactKind.STATEMENT, this.statementId, this.field);
	}

	Text.Translation view() {
		return new Text.Translation(this.language, this.text, this.translator, this.translatedAt);
	}

}
