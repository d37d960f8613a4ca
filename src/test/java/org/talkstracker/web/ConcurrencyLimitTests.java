package org.talkstracker.web;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Costly requests take turns: a few at once, the next ones in line, the rest refused with
 * when to come back.
 */
class ConcurrencyLimitTests {

	@Test
	void givesAsManyTurnsAtOnceAsItHas() {
		ConcurrencyLimit limit = new ConcurrencyLimit("Downloads", 2, 0, Duration.ofMinutes(1));

		try (ConcurrencyLimit.Turn first = limit.await(); ConcurrencyLimit.Turn second = limit.await()) {
			assertThat(limit.free()).isZero();
		}
		assertThat(limit.free()).isEqualTo(2);
	}

	@Test
	void letsTheNextOneInLineGoWhenATurnEnds() throws Exception {
		ConcurrencyLimit limit = new ConcurrencyLimit("Downloads", 1, 1, Duration.ofMinutes(1));
		ConcurrencyLimit.Turn first = limit.await();

		CompletableFuture<String> next = CompletableFuture.supplyAsync(() -> {
			try (ConcurrencyLimit.Turn turn = limit.await()) {
				return "served";
			}
		});
		await().atMost(Duration.ofSeconds(10)).until(() -> limit.waiting() == 1);
		assertThat(next).isNotDone();

		first.close();
		assertThat(next.get(10, TimeUnit.SECONDS)).isEqualTo("served");
		assertThat(limit.free()).isEqualTo(1);
	}

	@Test
	void refusesAtOnceWhenTheLineIsFull() throws Exception {
		ConcurrencyLimit limit = new ConcurrencyLimit("Downloads", 1, 1, Duration.ofMinutes(1));
		ConcurrencyLimit.Turn first = limit.await();
		CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> limit.await().close());
		await().atMost(Duration.ofSeconds(10)).until(() -> limit.waiting() == 1);

		assertThatExceptionOfType(BusyException.class).isThrownBy(limit::await)
			.withMessage("Downloads: 1 requests wait already")
			.satisfies((ex) -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofMinutes(1)));

		first.close();
		waiting.get(10, TimeUnit.SECONDS);
	}

	@Test
	void refusesWhenNoTurnComesInTime() {
		ConcurrencyLimit limit = new ConcurrencyLimit("PDF renderings", 1, 5, Duration.ZERO);

		try (ConcurrencyLimit.Turn first = limit.await()) {
			assertThatExceptionOfType(BusyException.class).isThrownBy(limit::await)
				.withMessage("PDF renderings: no turn within PT0S");
		}
		assertThat(limit.free()).isEqualTo(1);
	}

	@Test
	void givesTheTurnBackWhenTheWorkFails() {
		ConcurrencyLimit limit = new ConcurrencyLimit("PDF renderings", 1, 0, Duration.ZERO);

		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> {
			try (ConcurrencyLimit.Turn turn = limit.await()) {
				throw new IllegalStateException("rendering failed");
			}
		});
		assertThat(limit.free()).isEqualTo(1);
	}

}
