package org.talkstracker.exchange;

/** People (or bodies) of one kind agreed to be handed over, and handed over so far, both sides together. */
public record ExchangeTotal(ExchangeKind kind, long agreed, long fulfilled) {
}
