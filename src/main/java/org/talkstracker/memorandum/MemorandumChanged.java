package org.talkstracker.memorandum;

/**
 * A memorandum, or one of its clauses, was inserted, changed or deleted: published by
 * {@link MemorandumChanges} for every write through JPA (an editor, an import), in the
 * writing transaction, with the memorandum as that transaction holds it. A memorandum has
 * a page of its own, whether or not it was delivered at a round, so this is said of every
 * memorandum; {@code RoundFactsChanged} says it of the rounds it belongs to.
 */
public record MemorandumChanged(Memorandum memorandum) {
}
