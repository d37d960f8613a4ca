package org.talkstracker;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar starts in the fast-start mode (docs/OPERATIONS.md): its ahead-of-time
 * processed beans and repositories ({@code -Dspring.aot.enabled=true}) run against a new
 * database, load the reference data (a setting read at start, not at build), and serve
 * the pages. The other tests run the application as Spring builds it at run time, so only
 * this one would see the AOT mode break.
 */
@ExtendWith(DeployedJar.class)
class FastStartIT {

	@Test
	void thePackagedJarStartsWithItsAotProcessedBeansAndServesTheReferenceData(PackagedApplication application)
			throws Exception {
		assertThat(application.log()).contains("Starting AOT-processed TalksTrackerApplication");

		HttpResponse<String> round = get(application.port(), "/rounds/istanbul-2025-06-02");
		assertThat(round.statusCode()).isEqualTo(200);
		assertThat(round.body()).contains("Istanbul").contains("Medinsky");
		HttpResponse<String> csv = get(application.port(), "/data/rounds.csv?status=held");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).contains("istanbul-2025-05-16").contains("istanbul-2025-06-02");
	}

	private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
