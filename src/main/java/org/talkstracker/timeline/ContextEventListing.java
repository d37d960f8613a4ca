package org.talkstracker.timeline;

import java.time.LocalDate;

/** A context event as the editors' list shows it. */
record ContextEventListing(String process, String processName, String slug, String title, LocalDate occurredOn) {
}
