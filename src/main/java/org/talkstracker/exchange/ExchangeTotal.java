package org.talkstracker.exchange;

/**
 * People (or bodies) of one kind agreed to be handed over and handed over so far, both
 * sides together; {@code uncounted} agreements of this kind gave no figure, so the agreed
 * total is a floor.
 */
public record ExchangeTotal(ExchangeKind kind, long agreed, long fulfilled, long uncounted) {
}
