package org.talkstracker.exchange;

/** Agreed counts of one kind, and how many agreements of that kind gave no count. */
public record AgreedCount(ExchangeKind kind, Long count, Long withoutCount) {
}
