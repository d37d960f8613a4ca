package org.talkstracker.profile;

import java.util.List;

import org.talkstracker.editing.Name;
import org.talkstracker.source.ReportedDate;
import org.talkstracker.text.Text;

/**
 * A statement as a profile shows it, with the title its speaker held then and what it
 * disputes; its texts with their languages and translations.
 */
public record StatementLine(String slug, PersonRef speaker, String speakerTitle, PartyRef party, ReportedDate said,
		Text text, Text quote, RoundRef round, StatementRef disputes, List<StatementRef> disputedBy,
		List<Integer> sources) {

	public record PersonRef(String slug, Name name) {
	}

	public record PartyRef(String slug, Name name) {
	}

	/**
	 * Another statement, named by who made it; linked through its round when it has one.
	 */
	public record StatementRef(String slug, Name speaker, Text text, String roundSlug) {
	}

}
