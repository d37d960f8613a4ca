package org.talkstracker.round;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A round as the editors' list shows it, drafts included; a draft that was once withdrawn
 * says so.
 */
public record RoundAdminListing(String slug, int number, String processName, LocalDate heldOn, String city,
		RoundStatus status, boolean published, boolean withdrawn, Instant updatedAt) {
}
