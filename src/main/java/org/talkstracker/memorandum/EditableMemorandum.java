package org.talkstracker.memorandum;

/** A memorandum as the editors' list shows it: where it was delivered, if at a round. */
public record EditableMemorandum(String slug, String title, String author, String roundSlug, Integer roundNumber) {
}
