package org.talkstracker.round;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Withdrawing a published round: the public reason it needs, its address answering 410
 * with the date and reason (pages, downloads and API), and every reader channel dropping
 * it. Against the reference data; every test's changes are rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(username = "olena", roles = "EDITOR")
class WithdrawalTests {

	static final String ROUND_ONE = "istanbul-2025-05-16";

	static final String REASON = "The list of delegations is being checked again against the official record.";

	/** When the tests withdraw: 3 June 2025, 09:30 UTC. */
	static final Instant WITHDRAWN_AT = Instant.parse("2025-06-03T09:30:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RoundRepository rounds;

	@Autowired
	Clock clock;

	@AfterEach
	void letTheClockGo() {
		((TestClock) this.clock).letGo();
	}

	static MockHttpServletRequestBuilder withdraw(String slug, String reason) {
		return post("/admin/rounds/{slug}/withdraw", slug).with(csrf()).param("reason", reason);
	}

	private void withdrawRoundOne(String reason) throws Exception {
		((TestClock) this.clock).set(WITHDRAWN_AT);
		this.mvc.perform(withdraw(ROUND_ONE, reason))
			.andExpect(redirectedUrl("/admin/rounds/" + ROUND_ONE))
			.andExpect(flash().attribute("notice", "admin.round.withdrawn"));
	}

	private List<Map<String, Object>> withdrawals(String slug) {
		return this.jdbc.queryForList("""
				select r.slug as round, w.withdrawn_at, w.reason, w.withdrawn_by
				from round_withdrawal w left join round r on r.id = w.round_id
				where w.round_slug = ? order by w.id""", slug);
	}

	@Test
	void theRoundPageAsksForThePublicReasonOnItsOwnPage() throws Exception {
		this.mvc.perform(get("/admin/rounds/{slug}", ROUND_ONE))
			.andExpect(content().string(containsString("href=\"/admin/rounds/" + ROUND_ONE + "/withdraw\"")));

		this.mvc.perform(get("/admin/rounds/{slug}/withdraw", ROUND_ONE))
			.andExpect(status().isOk())
			.andExpect(view().name("round/admin/withdraw"))
			.andExpect(content().string(allOf(containsString("Reason, shown to readers"),
					containsString("action=\"/admin/rounds/" + ROUND_ONE + "/withdraw\""))));
	}

	@Test
	void aBlankReasonIsRefusedAtTheFieldAndNothingIsWithdrawn() throws Exception {
		this.mvc.perform(withdraw(ROUND_ONE, "   "))
			.andExpect(status().isOk())
			.andExpect(view().name("round/admin/withdraw"))
			.andExpect(model().attributeHasFieldErrorCode("form", "reason", "NotBlank"))
			.andExpect(
					content().string(containsString("Give the reason readers will be shown at the round’s address.")));

		assertThat(this.rounds.findBySlug(ROUND_ONE).orElseThrow().isPublished()).isTrue();
		assertThat(withdrawals(ROUND_ONE)).isEmpty();
		this.mvc.perform(get("/rounds/{slug}", ROUND_ONE)).andExpect(status().isOk());
	}

	@Test
	void aReasonOverTheLimitIsRefusedAtTheFieldAsTyped() throws Exception {
		String typed = "Too long. " + "x".repeat(4000);
		this.mvc.perform(withdraw(ROUND_ONE, typed))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "reason", "Size"))
			.andExpect(content().string(allOf(containsString("Use at most 4000 characters."), containsString(typed))));

		assertThat(this.rounds.findBySlug(ROUND_ONE).orElseThrow().isPublished()).isTrue();
		assertThat(withdrawals(ROUND_ONE)).isEmpty();
	}

	@Test
	void aWithdrawnRoundsAddressAnswers410WithTheDateAndTheReason() throws Exception {
		withdrawRoundOne(REASON + " <script>alert('x')</script>");

		this.mvc.perform(get("/rounds/{slug}", ROUND_ONE))
			.andExpect(status().isGone())
			.andExpect(view().name("error/410"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(allOf(containsString("<h1>Withdrawn</h1>"),
					containsString(
							"The editors withdrew this round on <time datetime=\"2025-06-03\">3 June 2025</time>."),
					containsString(REASON + " &lt;script&gt;"), not(containsString("<script>alert")),
					not(containsString("Page not found")), not(containsString("Exception")))));
		assertThat(withdrawals(ROUND_ONE)).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("round", ROUND_ONE)
				.containsEntry("reason", REASON + " <script>alert('x')</script>")
				.containsEntry("withdrawn_by", "olena"));
		assertThat(this.rounds.findBySlug(ROUND_ONE).orElseThrow().isPublished()).isFalse();
	}

	@Test
	void theEditorsPageSaysWhenWhyAndByWhomTheRoundWasWithdrawn() throws Exception {
		withdrawRoundOne(REASON);

		this.mvc.perform(get("/admin/rounds/{slug}", ROUND_ONE))
			.andExpect(content().string(allOf(containsString("Withdrawn on 3 June 2025 09:30 (UTC) by olena"),
					containsString(REASON), not(containsString("/withdraw\"")))));
		this.mvc.perform(get("/admin/rounds")).andExpect(content().string(containsString("<td>Withdrawn</td>")));
		this.mvc.perform(get("/admin/rounds/{slug}/withdraw", ROUND_ONE))
			.andExpect(redirectedUrl("/admin/rounds/" + ROUND_ONE))
			.andExpect(flash().attribute("problem", "admin.round.withdrawNotPublished"));
		this.mvc.perform(withdraw(ROUND_ONE, "Again"))
			.andExpect(flash().attribute("problem", "admin.round.withdrawNotPublished"));
		assertThat(withdrawals(ROUND_ONE)).hasSize(1);
	}

	@Test
	void itsDownloadsAndItsApiResourceAnswer410Too() throws Exception {
		withdrawRoundOne(REASON);

		for (String download : new String[] { "md", "pdf", "json", "csv" }) {
			this.mvc.perform(get("/rounds/{slug}/summary." + download, ROUND_ONE))
				.andExpect(status().isGone())
				.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
				.andExpect(content().string(allOf(containsString("3 June 2025"), containsString(REASON))));
		}
		this.mvc.perform(get("/api/v1/rounds/{slug}", ROUND_ONE))
			.andExpect(status().isGone())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(410))
			.andExpect(jsonPath("$.title").value("Withdrawn"))
			.andExpect(jsonPath("$.detail").value(REASON))
			.andExpect(jsonPath("$.withdrawnOn").value("2025-06-03"));
	}

	/**
	 * Each reader channel shows the round before it is withdrawn, and none after.
	 */
	@Test
	void everyReaderChannelDropsAWithdrawnRound() throws Exception {
		String[] channels = { "/rounds", "/rounds?q=regions", "/search?q=four+occupied+regions", "/timeline",
				"/exchanges", "/parties/turkey", "/feed.atom", "/rounds.ics", "/api/v1/rounds", "/api/v1/exchanges",
				"/data/rounds.csv", "/data/talks-tracker.json" };
		for (String channel : channels) {
			assertThat(read(channel)).as(channel).contains(ROUND_ONE);
		}

		withdrawRoundOne(REASON);

		for (String channel : channels) {
			assertThat(read(channel)).as(channel).doesNotContain(ROUND_ONE).doesNotContain(REASON);
		}
	}

	private String read(String channel) throws Exception {
		return this.mvc.perform(get(channel))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void publishingAWithdrawnRoundAgainServesItAgainAndKeepsTheRecord() throws Exception {
		withdrawRoundOne(REASON);

		this.mvc.perform(post("/admin/rounds/{slug}/publish", ROUND_ONE).with(csrf()))
			.andExpect(flash().attribute("notice", "admin.round.published"));
		this.mvc.perform(get("/rounds/{slug}", ROUND_ONE)).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/rounds/{slug}", ROUND_ONE)).andExpect(status().isOk());
		assertThat(withdrawals(ROUND_ONE)).hasSize(1);

		((TestClock) this.clock).set(Instant.parse("2025-06-20T12:00:00Z"));
		this.mvc.perform(withdraw(ROUND_ONE, "Withdrawn a second time."))
			.andExpect(flash().attribute("notice", "admin.round.withdrawn"));
		this.mvc.perform(get("/rounds/{slug}", ROUND_ONE))
			.andExpect(status().isGone())
			.andExpect(content().string(allOf(containsString("20 June 2025"),
					containsString("Withdrawn a second time."), not(containsString(REASON)))));
		assertThat(withdrawals(ROUND_ONE)).hasSize(2);
	}

	@Test
	void aRoundNeverPublishedIsStillA404() throws Exception {
		this.mvc.perform(RoundAdminTests.newRound("istanbul-round-4", "4")).andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/rounds/istanbul-round-4"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page not found")));
		this.mvc.perform(get("/rounds/istanbul-round-4/summary.json")).andExpect(status().isNotFound());
		this.mvc.perform(get("/rounds/istanbul-round-4/summary.md")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/rounds/istanbul-round-4")).andExpect(status().isNotFound());
	}

	@Test
	void aPublishedRoundIsWithdrawnBeforeItIsDeleted() throws Exception {
		this.mvc.perform(RoundAdminTests.newRound("istanbul-round-4", "4").param("sources", "moscow-times-2025-06-02"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/admin/rounds/istanbul-round-4/publish").with(csrf()))
			.andExpect(flash().attribute("notice", "admin.round.published"));

		this.mvc.perform(get("/admin/rounds/istanbul-round-4/delete"))
			.andExpect(content().string(allOf(containsString("cannot be deleted"),
					containsString("published round (withdraw it first, with a reason for readers)"),
					not(containsString(">Delete</button>")))));
		this.mvc.perform(post("/admin/rounds/istanbul-round-4/delete").with(csrf())).andExpect(status().isConflict());
		assertThat(this.rounds.findBySlug("istanbul-round-4")).isPresent();

		this.mvc.perform(withdraw("istanbul-round-4", "Entered by mistake."));
		this.mvc.perform(post("/admin/rounds/istanbul-round-4/delete").with(csrf()))
			.andExpect(redirectedUrl("/admin/rounds"));
		this.mvc.perform(get("/rounds/istanbul-round-4"))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("Entered by mistake.")));
		assertThat(withdrawals("istanbul-round-4")).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("round", null).containsEntry("withdrawn_by", "olena"));
	}

}
