package org.talkstracker.round;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;

/**
 * Editors enter a round's times on the venue's clock, in its time zone; they are kept as
 * instants and readers are told them in the venue's local time.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "olena", roles = "EDITOR")
@Transactional
class RoundLocalTimeTests {

	private static final String ROUND_TWO = "istanbul-2025-06-02";

	@Autowired
	MockMvc mvc;

	@Autowired
	RoundRepository rounds;

	@Autowired
	JdbcClient jdbc;

	@Test
	void timesEnteredInIstanbulAreKeptAsInstantsAndShownOnIstanbulsClock() throws Exception {
		this.mvc.perform(RoundAdminTests.edit(ROUND_TWO, versionOf(ROUND_TWO))
			.param("timeZone", "Europe/Istanbul")
			.param("scheduledStart", "2025-06-02T13:00")
			.param("startedAt", "2025-06-02T14:37")
			.param("endedAt", "2025-06-02T15:45"));

		Round round = this.rounds.findBySlug(ROUND_TWO).orElseThrow();
		assertThat(round.getScheduledStart()).isEqualTo(Instant.parse("2025-06-02T10:00:00Z"));
		assertThat(round.getStartedAt()).isEqualTo(Instant.parse("2025-06-02T11:37:00Z"));
		assertThat(round.getEndedAt()).isEqualTo(Instant.parse("2025-06-02T12:45:00Z"));
		this.mvc.perform(get("/admin/rounds/{slug}/preview", ROUND_TWO))
			.andExpect(content().string(allOf(containsString("Scheduled for 13:00 Istanbul time, UTC+3"),
					containsString("14:37–15:45 Istanbul time, UTC+3"))));
		this.mvc.perform(get("/admin/rounds/{slug}/edit", ROUND_TWO))
			.andExpect(content().string(
					allOf(containsString("value=\"Europe/Istanbul\""), containsString("value=\"2025-06-02T14:37\""))));
		this.mvc.perform(get("/rounds/{slug}/summary.md", ROUND_TWO))
			.andExpect(content().string(containsString("- **Time:** 14:37–15:45 Istanbul time, UTC+3")));
		this.mvc.perform(get("/rounds/{slug}/summary.json", ROUND_TWO))
			.andExpect(content().string(allOf(containsString("\"timeZone\" : \"Europe/Istanbul\""),
					containsString("\"startedAt\" : \"2025-06-02T11:37:00Z\""))));
	}

	@Test
	void aRoundWithoutAZoneTakesThatOfTheProcesssLatestRound() throws Exception {
		this.mvc.perform(RoundAdminTests.edit(ROUND_TWO, versionOf(ROUND_TWO))
			.param("timeZone", "europe/istanbul")
			.param("startedAt", "2025-06-02T14:37"));
		this.mvc.perform(RoundAdminTests.newRound("istanbul-round-4", "4").param("startedAt", "2025-07-23T20:37"));

		Round fourth = this.rounds.findBySlug("istanbul-round-4").orElseThrow();
		assertThat(fourth.getTimeZone()).hasValue(ZoneId.of("Europe/Istanbul"));
		assertThat(fourth.getStartedAt()).isEqualTo(Instant.parse("2025-07-23T17:37:00Z"));
	}

	@Test
	void timesWithNoZoneToGoByAskForOne() throws Exception {
		// No round of the process has times, so none has a zone to go by (the reference
		// data's are in Istanbul's).
		this.jdbc.sql("update round set time_zone = null, scheduled_start = null, started_at = null, ended_at = null")
			.update();

		this.mvc.perform(RoundAdminTests.newRound("istanbul-round-4", "4").param("startedAt", "2025-07-23T20:37"))
			.andExpect(model().attributeHasFieldErrorCode("form", "timeZone", "admin.round.timeZoneRequired"))
			.andExpect(content().string(containsString("Give the venue&#39;s time zone")));
		assertThat(this.rounds.findBySlug("istanbul-round-4")).isEmpty();
	}

	@Test
	void anOffsetIsNotAZone() throws Exception {
		this.mvc
			.perform(RoundAdminTests.newRound("istanbul-round-4", "4")
				.param("timeZone", "+03:00")
				.param("startedAt", "2025-07-23T20:37"))
			.andExpect(model().attributeHasFieldErrorCode("form", "timeZone", "admin.round.unknownTimeZone"))
			.andExpect(content().string(containsString("is not a time zone")));
	}

	/** Only a real zone is kept; what else is typed is shown back as text. */
	@Test
	void aScriptTypedAsTheZoneIsRefusedAndShownAsText() throws Exception {
		this.mvc
			.perform(RoundAdminTests.newRound("istanbul-round-4", "4").param("timeZone", "<script>alert(1)</script>"))
			.andExpect(model().attributeHasFieldErrorCode("form", "timeZone", "admin.round.unknownTimeZone"))
			.andExpect(content().string(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
					not(containsString("<script>alert(1)")))));
	}

	@Test
	void aTimeTheClocksSkipIsRefusedBesideIt() throws Exception {
		this.mvc
			.perform(RoundAdminTests.newRound("kyiv-2025-03-30", "4")
				.param("timeZone", "Europe/Kyiv")
				.param("startedAt", "2025-03-30T03:30"))
			.andExpect(model().attributeHasFieldErrorCode("form", "startedAt", "admin.round.timeSkipped"))
			.andExpect(content().string(allOf(containsString("This time does not exist in Europe/Kyiv"),
					containsString("value=\"2025-03-30T03:30\""))));
		assertThat(this.rounds.findBySlug("kyiv-2025-03-30")).isEmpty();
	}

	private long versionOf(String slug) {
		return this.rounds.findBySlug(slug).orElseThrow().getVersion();
	}

}
