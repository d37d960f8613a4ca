package org.talkstracker.exchange;

public record KindCount(ExchangeKind kind, Long count) {
}
