package org.talkstracker.translation;

import java.time.Instant;

import org.talkstracker.text.Text;
import org.talkstracker.text.TextLanguage;

/** A translation as read for a page, naming its fact by kind and id. */
record TranslationRow(Long roundId, Long proposalId, Long memorandumId, Long clauseId, Long statementId, String field,
		TextLanguage language, String text, String translator, Instant translatedAt) {

	Text.Translation view() {
		return new Text.Translation(this.language, this.text, this.translator, this.translatedAt);
	}

}
