package org.talkstracker.round;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.talkstracker.editing.EditingForm;
import org.talkstracker.editing.Name;
import org.talkstracker.editing.FieldRefusedException;
import org.talkstracker.source.SourceCatalogue;

/**
 * One form for creating and editing a round. The process and the slug (the round's
 * permanent URL) are chosen when the round is created and kept after. Times are in the
 * local time of the venue, whose IANA time zone the form names (left empty, the zone of
 * the process's latest round).
 */
record RoundForm(@NotBlank String process,
		@NotBlank @Size(max = 120) @Pattern(regexp = "[a-z0-9][a-z0-9-]*") String slug,
		@NotNull @Positive Integer number, @NotNull RoundStatus status,
		@NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate heldOn, @Size(max = 200) String city,
		@Size(max = 200) String cityUk, @Size(max = 200) String cityRu,
		@Pattern(regexp = "en|uk|ru") String cityOriginal, @Size(max = 300) String venue,
		@Size(max = 300) String venueUk, @Size(max = 300) String venueRu,
		@Pattern(regexp = "en|uk|ru") String venueOriginal, @Size(max = 60) String timeZone,
		@DateTimeFormat(pattern = DATE_TIME) LocalDateTime scheduledStart,
		@DateTimeFormat(pattern = DATE_TIME) LocalDateTime startedAt,
		@DateTimeFormat(pattern = DATE_TIME) LocalDateTime endedAt, @Positive Integer durationMinutes,
		DurationPrecision durationPrecision, @Size(max = EditingForm.LONG_TEXT) String summary,
		@Size(max = EditingForm.LONG_TEXT) String outcome, @Size(max = EditingForm.LONG_TEXT) String nextSteps,
		List<String> sources, long version) implements EditingForm {

	/** What an HTML datetime-local field sends. */
	static final String DATE_TIME = "yyyy-MM-dd'T'HH:mm";

	RoundForm {
		sources = (sources != null) ? List.copyOf(sources) : List.of();
	}

	/**
	 * A new round's form: held, as most rounds are entered once they have taken place,
	 * and nothing else filled in. Each value is named as the field it fills, in the order
	 * the record declares them.
	 */
	static RoundForm blank() {
		String process = null;
		String slug = null;
		Integer number = null;
		RoundStatus status = RoundStatus.HELD;
		LocalDate heldOn = null;
		String city = null;
		String cityUk = null;
		String cityRu = null;
		String cityOriginal = "en";
		String venue = null;
		String venueUk = null;
		String venueRu = null;
		String venueOriginal = "en";
		String timeZone = null;
		LocalDateTime scheduledStart = null;
		LocalDateTime startedAt = null;
		LocalDateTime endedAt = null;
		Integer durationMinutes = null;
		DurationPrecision durationPrecision = null;
		String summary = null;
		String outcome = null;
		String nextSteps = null;
		List<String> sources = List.of();
		long version = 0;
		return new RoundForm(process, slug, number, status, heldOn, city, cityUk, cityRu, cityOriginal, venue, venueUk,
				venueRu, venueOriginal, timeZone, scheduledStart, startedAt, endedAt, durationMinutes,
				durationPrecision, summary, outcome, nextSteps, sources, version);
	}

	static RoundForm of(Round round) {
		RoundTimes times = round.getTimes();
		Name city = (round.getCityNames() != null) ? round.getCityNames() : new Name(null, null, null, "en");
		Name venue = (round.getVenueNames() != null) ? round.getVenueNames() : new Name(null, null, null, "en");
		return new RoundForm(round.getProcess().getSlug(), round.getSlug(), round.getNumber(), round.getStatus(),
				round.getHeldOn(), city.en(), city.uk(), city.ru(), city.original(), venue.en(), venue.uk(), venue.ru(),
				venue.original(), times.timeZone(), local(times.scheduledStart(), times.zone()),
				local(times.startedAt(), times.zone()), local(times.endedAt(), times.zone()),
				round.getDuration().map(RoundDuration::getMinutes).orElse(null),
				round.getDuration().map(RoundDuration::getPrecision).orElse(null), round.getSummary(),
				round.getOutcome(), round.getNextSteps(), SourceCatalogue.slugs(round.getSources()),
				round.getVersion());
	}

	/** The same form for the round it edits: its process and slug stay what they are. */
	RoundForm identifying(Round round) {
		return new RoundForm(round.getProcess().getSlug(), round.getSlug(), this.number, this.status, this.heldOn,
				this.city, this.cityUk, this.cityRu, this.cityOriginal, this.venue, this.venueUk, this.venueRu,
				this.venueOriginal, this.timeZone, this.scheduledStart, this.startedAt, this.endedAt,
				this.durationMinutes, this.durationPrecision, this.summary, this.outcome, this.nextSteps, this.sources,
				this.version);
	}

	/** The city in each language, none when no name of it is given. */
	Name cityNames() {
		return names(this.city, this.cityUk, this.cityRu, this.cityOriginal);
	}

	/** The venue in each language, none when no name of it is given. */
	Name venueNames() {
		return names(this.venue, this.venueUk, this.venueRu, this.venueOriginal);
	}

	/**
	 * A place's names as typed: one in another language without an English one is kept,
	 * for the round to refuse ({@code round_original_city_given}) beside the field.
	 */
	private static Name names(String en, String uk, String ru, String original) {
		return (en == null && uk == null && ru == null) ? null : new Name(en, uk, ru, original);
	}

	RoundDuration duration() {
		return (this.durationMinutes != null && this.durationPrecision != null)
				? new RoundDuration(this.durationMinutes, this.durationPrecision) : null;
	}

	/** Whether the form gives any of the round's times. */
	boolean hasTimes() {
		return this.scheduledStart != null || this.startedAt != null || this.endedAt != null;
	}

	/**
	 * The instant of a time on the venue's clock. A time the clocks skip when they go
	 * forward is refused at its field; in the hour that repeats when they go back, the
	 * earlier of the two is meant.
	 */
	static Instant instant(String field, LocalDateTime time, ZoneId zone) {
		if (time == null) {
			return null;
		}
		if (zone.getRules().getValidOffsets(time).isEmpty()) {
			throw new FieldRefusedException(field, "admin.round.timeSkipped", zone.getId());
		}
		return time.atZone(zone).toInstant();
	}

	private static LocalDateTime local(Instant instant, ZoneId zone) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, zone) : null;
	}

	@Override
	public List<Field> fields() {
		return List.of(Field.reference("process", this.process, "process"), new Field("slug", this.slug),
				new Field("number", this.number), Field.choice("status", this.status, "round.status"),
				new Field("heldOn", this.heldOn), new Field("city", this.city), new Field("cityUk", this.cityUk),
				new Field("cityRu", this.cityRu), new Field("cityOriginal", this.cityOriginal),
				new Field("venue", this.venue), new Field("venueUk", this.venueUk), new Field("venueRu", this.venueRu),
				new Field("venueOriginal", this.venueOriginal), new Field("timeZone", this.timeZone),
				new Field("scheduledStart", this.scheduledStart), new Field("startedAt", this.startedAt),
				new Field("endedAt", this.endedAt), new Field("durationMinutes", this.durationMinutes),
				Field.choice("durationPrecision", this.durationPrecision, "admin.durationPrecision"),
				new Field("summary", this.summary), new Field("outcome", this.outcome),
				new Field("nextSteps", this.nextSteps), Field.reference("sources", this.sources, "source"));
	}

}
