package org.talkstracker.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Where an entry stands on the timeline: by date, then by kind (on one day rounds come
 * first, as {@link TimelineKind} lists them), then by the order it was recorded in. In
 * URLs as {@code 2025-06-02.round.42}, so a page of the timeline can start after or
 * before any entry.
 *
 * @param rank the kind's place among the kinds; -1 stands before every entry of its day
 */
record TimelinePosition(LocalDate date, int rank, long id) {

	/** Before every entry of that year. */
	static TimelinePosition startOf(int year) {
		return new TimelinePosition(LocalDate.of(year, 1, 1), -1, 0);
	}

	/**
	 * This place as an address can give it: the start of a year is written as the first
	 * place of its first day, before which lies the same.
	 */
	TimelinePosition inAddress() {
		return (this.rank < 0) ? new TimelinePosition(this.date, 0, 0) : this;
	}

	static TimelinePosition of(LocalDate date, TimelineKind kind, long id) {
		return new TimelinePosition(date, kind.ordinal(), id);
	}

	/**
	 * Reads the URL form; anything else fails conversion, which the error pages turn into
	 * a 400.
	 */
	public static TimelinePosition valueOf(String value) {
		String[] parts = value.strip().split("\\.", -1);
		if (parts.length != 3) {
			throw new IllegalArgumentException("Not a timeline position: '" + value + "'");
		}
		try {
			return of(LocalDate.parse(parts[0]), TimelineKind.fromParameter(parts[1]), Long.parseLong(parts[2]));
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			throw new IllegalArgumentException("Not a timeline position: '" + value + "'", ex);
		}
	}

	@Override
	public String toString() {
		return this.date + "." + TimelineKind.values()[this.rank].parameter() + "." + this.id;
	}

}
