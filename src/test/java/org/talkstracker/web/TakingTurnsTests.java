package org.talkstracker.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Whole data set downloads and PDF renderings take turns over HTTP: one at a time here,
 * one more in line, the next refused with a page that says when to come back; pages are
 * served meanwhile.
 */
@SpringBootTest(properties = { "talks.downloads.at-once=1", "talks.downloads.max-waiting=1", "talks.pdf.at-once=1",
		"talks.pdf.max-waiting=1" })
@AutoConfigureMockMvc
class TakingTurnsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConcurrencyLimit downloads;

	@Autowired
	ConcurrencyLimit pdfRenderings;

	@Test
	void aDownloadWaitsForItsTurnAndTheOneAfterIsToldToComeBack() throws Exception {
		assertTakesTurns(this.downloads, "/data/exchanges.csv", "process,round,held_on,exchange,");
	}

	@Test
	void aPdfWaitsForItsTurnAndTheOneAfterIsToldToComeBack() throws Exception {
		assertTakesTurns(this.pdfRenderings, "/rounds/istanbul-2025-06-02/summary.pdf", "%PDF-");
	}

	private void assertTakesTurns(ConcurrencyLimit limit, String url, String bodyStart) throws Exception {
		ConcurrencyLimit.Turn running = limit.await();
		CompletableFuture<MockHttpServletResponse> inLine;
		try {
			inLine = CompletableFuture.supplyAsync(() -> perform(url));
			await().atMost(Duration.ofSeconds(30)).until(() -> limit.waiting() == 1);

			MockHttpServletResponse refused = perform(url);
			assertThat(refused.getStatus()).isEqualTo(503);
			assertThat(refused.getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo(url.endsWith(".pdf") ? "30" : "60");
			assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("Busy just now")
				.contains("did not get its turn in time. Please try again in a minute");
			assertThat(perform("/rounds").getStatus()).as("pages are served while downloads wait").isEqualTo(200);
			assertThat(inLine).isNotDone();
		}
		finally {
			running.close();
		}

		MockHttpServletResponse served = inLine.get(30, TimeUnit.SECONDS);
		assertThat(served.getStatus()).isEqualTo(200);
		assertThat(new String(served.getContentAsByteArray(), StandardCharsets.ISO_8859_1)).startsWith(bodyStart);
		assertThat(limit.free()).isEqualTo(1);
	}

	private MockHttpServletResponse perform(String url) {
		try {
			return this.mvc.perform(get(url)).andReturn().getResponse();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
