package org.talkstracker.round;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** A round as lists show it. */
public record RoundListing(String slug, int number, String processName, String processSlug, LocalDate heldOn,
		String city, String venue, RoundStatus status) {

	/**
	 * The listing in a row of {@code slug, number, process_name, process_slug, held_on,
	 * city, venue, status}.
	 */
	public static RoundListing of(ResultSet row) throws SQLException {
		return new RoundListing(row.getString("slug"), row.getInt("number"), row.getString("process_name"),
				row.getString("process_slug"), row.getObject("held_on", LocalDate.class), row.getString("city"),
				row.getString("venue"), RoundStatus.valueOf(row.getString("status")));
	}

	/** The venue and the city, as known ({@link Round#place}). */
	public String place() {
		return Round.place(this.venue, this.city);
	}

}
