package org.talkstracker.round;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A round's times (when it was to start, started and ended), kept as instants and told in
 * the local time of its venue: "20:37–21:16 Istanbul time, UTC+3". Each time gets the UTC
 * offset in force at that moment, so a round across a daylight-saving change is told
 * right on both sides of it.
 *
 * @param timeZone the venue's IANA time zone ({@code Europe/Istanbul}), or null when no
 * time is known; a round with times and no zone (a data file from before zones) is told
 * in UTC
 */
public record RoundTimes(String timeZone, Instant scheduledStart, Instant startedAt, Instant endedAt) {

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

	/** The zone the times are told in: the venue's, else UTC. */
	public ZoneId zone() {
		return (this.timeZone != null) ? ZoneId.of(this.timeZone) : ZoneOffset.UTC;
	}

	/** Whether any of the times is known. */
	public boolean isKnown() {
		return Stream.of(this.scheduledStart, this.startedAt, this.endedAt).anyMatch((time) -> time != null);
	}

	/** Whether the times are told in UTC itself, which then has no offset to give. */
	public boolean isUtc() {
		return zone().normalized().equals(ZoneOffset.UTC);
	}

	/**
	 * The place the zone is named after ("Istanbul" for Europe/Istanbul, "New York" for
	 * America/New_York), or "UTC".
	 */
	public String zoneName() {
		if (isUtc()) {
			return "UTC";
		}
		String id = zone().getId();
		return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
	}

	/** A time of day on the venue's clock, such as 20:37. */
	public String clock(Instant time) {
		return CLOCK.format(time.atZone(zone()));
	}

	/** The venue's date at that moment. */
	public LocalDate date(Instant time) {
		return time.atZone(zone()).toLocalDate();
	}

	/**
	 * The UTC offset in force at the venue at that moment: "UTC+3", "UTC+5:30", "UTC-4".
	 */
	public String offset(Instant time) {
		int seconds = zone().getRules().getOffset(time).getTotalSeconds();
		if (seconds == 0) {
			return "UTC";
		}
		int minutes = Math.abs(seconds) / 60;
		String sign = (seconds > 0) ? "+" : "-";
		return "UTC" + sign + (minutes / 60)
				+ ((minutes % 60 != 0) ? String.format(Locale.ROOT, ":%02d", minutes % 60) : "");
	}

	/**
	 * The offsets of the start and the end: one when they are the same ("UTC+3"), both
	 * when a daylight-saving change falls between them ("UTC+3/UTC+2").
	 */
	public String offsets(Instant start, Instant end) {
		String first = offset(start);
		String last = offset(end);
		return first.equals(last) ? first : first + "/" + last;
	}

	/** Whether the end falls on a later day of the venue's calendar than the start. */
	public boolean endsOnALaterDay(Instant start, Instant end) {
		return date(end).isAfter(date(start));
	}

	/**
	 * What readers are told of the times, a sentence each: when the round was scheduled
	 * to start, and when it started and ended ("20:37–21:16 Istanbul time, UTC+3"). Each
	 * is a message key of {@code round.times.*}, with a {@code .local} or {@code .utc}
	 * ending, and its arguments, for every rendering to word the same way.
	 */
	public List<Told> told() {
		List<Told> told = new ArrayList<>();
		if (this.scheduledStart != null) {
			told.add(told("round.times.scheduled.local", "round.times.scheduled.utc", this.scheduledStart,
					this.scheduledStart, clock(this.scheduledStart)));
		}
		if (this.startedAt != null && this.endedAt != null) {
			boolean overnight = endsOnALaterDay(this.startedAt, this.endedAt);
			told.add(told(overnight ? "round.times.heldOvernight.local" : "round.times.held.local",
					overnight ? "round.times.heldOvernight.utc" : "round.times.held.utc", this.startedAt, this.endedAt,
					clock(this.startedAt), clock(this.endedAt)));
		}
		else if (this.startedAt != null) {
			told.add(told("round.times.started.local", "round.times.started.utc", this.startedAt, this.startedAt,
					clock(this.startedAt)));
		}
		else if (this.endedAt != null) {
			told.add(told("round.times.ended.local", "round.times.ended.utc", this.endedAt, this.endedAt,
					clock(this.endedAt)));
		}
		return told;
	}

	/**
	 * The sentence in local time, with the zone's name and offsets after the clock times;
	 * or in UTC, which needs neither.
	 */
	private Told told(String local, String utc, Instant from, Instant to, String... clocks) {
		List<Object> arguments = new ArrayList<>(List.of(clocks));
		if (isUtc()) {
			return new Told(utc, arguments.toArray());
		}
		arguments.add(zoneName());
		arguments.add(offsets(from, to));
		return new Told(local, arguments.toArray());
	}

	/** A sentence about the times: its message key and arguments. */
	public record Told(String key, Object[] arguments) {
	}

}
