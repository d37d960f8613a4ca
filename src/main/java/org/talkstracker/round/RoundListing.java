package org.talkstracker.round;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;

import org.talkstracker.editing.Name;

/** A round as lists show it, its process, city and venue named in every language. */
public record RoundListing(String slug, int number, Name processName, String processSlug, LocalDate heldOn, Name city,
		Name venue, RoundStatus status) {

	/** As a query reads it: each name in English and its other languages and original. */
	public RoundListing(String slug, int number, String process, String processUk, String processRu,
			String processOriginal, String processSlug, LocalDate heldOn, String city, String cityUk, String cityRu,
			String cityOriginal, String venue, String venueUk, String venueRu, String venueOriginal,
			RoundStatus status) {
		this(slug, number, Name.of(process, processUk, processRu, processOriginal), processSlug, heldOn,
				Name.of(city, cityUk, cityRu, cityOriginal), Name.of(venue, venueUk, venueRu, venueOriginal), status);
	}

	/**
	 * The listing in a row of {@code slug, number, process_name, process_slug, held_on,
	 * city, venue, status}, each name with its {@code _uk}, {@code _ru} and
	 * {@code _original} columns ({@link Name#read}).
	 */
	public static RoundListing of(ResultSet row) throws SQLException {
		return new RoundListing(row.getString("slug"), row.getInt("number"), Name.read(row, "process_name"),
				row.getString("process_slug"), row.getObject("held_on", LocalDate.class), Name.read(row, "city"),
				Name.read(row, "venue"), RoundStatus.valueOf(row.getString("status")));
	}

	/** The venue and the city in English, as known ({@link Round#place}). */
	public String place() {
		return Round.place((this.venue != null) ? this.venue.en() : null, (this.city != null) ? this.city.en() : null);
	}

	/** The venue and the city as a page in {@code locale} names them. */
	public String placeIn(Locale locale) {
		return Round.place((this.venue != null) ? this.venue.textIn(locale) : null,
				(this.city != null) ? this.city.textIn(locale) : null);
	}

}
