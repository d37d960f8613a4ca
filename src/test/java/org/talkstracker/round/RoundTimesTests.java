package org.talkstracker.round;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.talkstracker.editing.FieldRefusedException;
import org.talkstracker.round.RoundTimes.Told;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A round's times told on the venue's clock, without Spring; Europe/Kyiv changes its
 * clocks on 30 March 2025 (03:00 becomes 04:00) and on 26 October 2025 (04:00 becomes
 * 03:00).
 */
class RoundTimesTests {

	private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

	@Test
	void theThirdRoundIsToldOnIstanbulsClock() {
		RoundTimes times = new RoundTimes("Europe/Istanbul", Instant.parse("2025-07-23T10:00:00Z"),
				Instant.parse("2025-07-23T17:37:00Z"), Instant.parse("2025-07-23T18:16:00Z"));

		assertThat(times.told()).extracting(Told::key, (told) -> List.of(told.arguments()))
			.containsExactly(tuple("round.times.scheduled.local", List.of("13:00", "Istanbul", "UTC+3")),
					tuple("round.times.held.local", List.of("20:37", "21:16", "Istanbul", "UTC+3")));
	}

	@Test
	void timesWithoutAZoneAreToldInUtc() {
		RoundTimes times = new RoundTimes(null, null, Instant.parse("2025-07-23T17:37:00Z"), null);

		assertThat(times.told()).singleElement()
			.satisfies((told) -> assertThat(told.key()).isEqualTo("round.times.started.utc"))
			.satisfies((told) -> assertThat(told.arguments()).containsExactly("17:37"));
	}

	@Test
	void aRoundAcrossTheAutumnChangeGivesBothOffsets() {
		// 02:30 summer time (UTC+3) to 04:30 winter time (UTC+2), three hours later.
		Instant start = RoundForm.instant("startedAt", LocalDateTime.parse("2025-10-26T02:30"), KYIV);
		Instant end = RoundForm.instant("endedAt", LocalDateTime.parse("2025-10-26T04:30"), KYIV);
		RoundTimes times = new RoundTimes("Europe/Kyiv", null, start, end);

		assertThat(start).isEqualTo(Instant.parse("2025-10-25T23:30:00Z"));
		assertThat(end).isEqualTo(Instant.parse("2025-10-26T02:30:00Z"));
		assertThat(times.told()).singleElement()
			.satisfies((told) -> assertThat(told.arguments()).containsExactly("02:30", "04:30", "Kyiv", "UTC+3/UTC+2"));
	}

	@Test
	void inTheHourThatRepeatsTheEarlierIsMeant() {
		assertThat(RoundForm.instant("startedAt", LocalDateTime.parse("2025-10-26T03:30"), KYIV))
			.isEqualTo(Instant.parse("2025-10-26T00:30:00Z"));
	}

	@Test
	void aTimeTheClocksSkipIsRefusedAtItsField() {
		assertThatExceptionOfType(FieldRefusedException.class)
			.isThrownBy(() -> RoundForm.instant("startedAt", LocalDateTime.parse("2025-03-30T03:30"), KYIV))
			.satisfies((refused) -> assertThat(refused.getField()).isEqualTo("startedAt"))
			.satisfies((refused) -> assertThat(refused.getMessageKey()).isEqualTo("admin.round.timeSkipped"));
		assertThat(RoundForm.instant("startedAt", LocalDateTime.parse("2025-03-30T04:30"), KYIV))
			.isEqualTo(Instant.parse("2025-03-30T01:30:00Z"));
	}

	@Test
	void aRoundPastMidnightSaysSo() {
		RoundTimes times = new RoundTimes("Europe/Istanbul", null, Instant.parse("2025-07-23T20:30:00Z"),
				Instant.parse("2025-07-23T21:30:00Z"));

		assertThat(times.told()).extracting(Told::key).containsExactly("round.times.heldOvernight.local");
	}

	@Test
	void offsetsOfHalfHoursAndWestOfGreenwichAreWrittenInFull() {
		RoundTimes india = new RoundTimes("Asia/Kolkata", null, null, null);
		RoundTimes newYork = new RoundTimes("America/New_York", null, null, null);

		assertThat(india.offset(Instant.parse("2025-07-23T10:00:00Z"))).isEqualTo("UTC+5:30");
		assertThat(newYork.offset(Instant.parse("2025-07-23T10:00:00Z"))).isEqualTo("UTC-4");
		assertThat(newYork.zoneName()).isEqualTo("New York");
	}

}
