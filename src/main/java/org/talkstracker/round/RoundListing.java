package org.talkstracker.round;

import java.time.LocalDate;

/** A round as lists show it. */
public record RoundListing(String slug, int number, String processName, String processSlug, LocalDate heldOn,
		String city, String venue, RoundStatus status) {

	/** The venue and the city, as known ({@link Round#place}). */
	public String place() {
		return Round.place(this.venue, this.city);
	}

}
