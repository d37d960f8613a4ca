package org.talkstracker.round;

/**
 * A round ({@code roundItself}), or one of its facts ({@link RoundFact}), was inserted,
 * changed or deleted: published by {@link RoundChanges} for every write, by an editor, an
 * import or anything else writing through JPA. Listeners run in the writing transaction
 * as JPA writes (a change of a fact while it flushes), with the round as that transaction
 * holds it; they may change the round's own fields, nothing else.
 */
public record RoundFactsChanged(Round round, boolean roundItself) {
}
