package org.talkstracker.feed;

import java.time.Instant;

/** A release of a published round as the feed tells of it. */
record FeedRelease(FeedRound round, int number, Instant releasedAt, String kind, String note, String editor) {
}
