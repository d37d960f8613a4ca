package org.talkstracker.statement;

/** A statement as the editors' list shows it. */
public record StatementListing(String process, String slug, String speaker, String roundSlug, Integer roundNumber,
		String text) {
}
