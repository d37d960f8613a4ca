package org.talkstracker.summary;

import java.time.LocalDate;

/** Where a round's summary lives for good, and the day a reader took this copy of it. */
public record SummaryCitation(String permalink, LocalDate retrieved) {
}
