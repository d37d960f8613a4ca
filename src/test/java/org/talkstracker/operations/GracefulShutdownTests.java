package org.talkstracker.operations;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.talkstracker.TalksTrackerApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * On shutdown (what SIGTERM triggers), a request in flight finishes, new ones are
 * refused, the application stops.
 */
class GracefulShutdownTests {

	static final CountDownLatch requestArrived = new CountDownLatch(1);

	static final CountDownLatch mayAnswer = new CountDownLatch(1);

	@Test
	void aRequestInFlightFinishesAndNewOnesAreRefused() throws Exception {
		ConfigurableApplicationContext application = new SpringApplicationBuilder(TalksTrackerApplication.class,
				SlowPage.class)
			.run("--server.port=0", "--management.server.port=0");
		int port = application.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

		CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(request(port, "/slow"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(requestArrived.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Void> shutdown = CompletableFuture.runAsync(application::close);

		// Once shutdown has begun the connector stops accepting: a new request gets no
		// answer, either
		// refused outright or, when the kernel had already queued the connection, closed
		// unanswered.
		assertThatException().isThrownBy(() -> {
			for (int attempt = 0; attempt < 5000; attempt++) {
				http.send(request(port, "/livez"), HttpResponse.BodyHandlers.ofString());
			}
		}).isInstanceOf(IOException.class);

		mayAnswer.countDown();
		HttpResponse<String> answered = inFlight.get(20, TimeUnit.SECONDS);
		assertThat(answered.statusCode()).isEqualTo(200);
		assertThat(answered.body()).isEqualTo("finished");
		shutdown.get(30, TimeUnit.SECONDS);
		assertThat(application.isActive()).isFalse();
	}

	private static HttpRequest request(int port, String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(20))
			.build();
	}

	/** A page that answers only when the test lets it. */
	@Configuration(proxyBeanMethods = false)
	static class SlowPage {

		@Bean
		SlowController slowController() {
			return new SlowController();
		}

	}

	@RestController
	static class SlowController {

		@GetMapping("/slow")
		String slow() throws InterruptedException {
			requestArrived.countDown();
			mayAnswer.await(20, TimeUnit.SECONDS);
			return "finished";
		}

	}

}
