package org.talkstracker.round;

import java.time.Instant;
import java.time.LocalDate;

/** A round as the editors' list shows it, drafts included. */
public record RoundAdminListing(String slug, int number, String processName, LocalDate heldOn, String city,
		RoundStatus status, boolean published, Instant updatedAt) {
}
