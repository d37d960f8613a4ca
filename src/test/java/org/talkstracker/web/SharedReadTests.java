package org.talkstracker.web;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The data version read once for the requests asking together, never older than their
 * question.
 */
class SharedReadTests {

	private final AtomicInteger reads = new AtomicInteger();

	private final CountDownLatch firstReadMayEnd = new CountDownLatch(1);

	/** Counts its reads; the first one waits until the test lets it end. */
	private final Supplier<Integer> countingRead = () -> {
		int read = this.reads.incrementAndGet();
		if (read == 1) {
			awaitQuietly(this.firstReadMayEnd);
		}
		return read;
	};

	@Test
	void readsAgainForEachQuestionAskedAlone() {
		this.firstReadMayEnd.countDown();
		SharedRead<Integer> version = new SharedRead<>(this.countingRead);

		assertThat(version.get()).isEqualTo(1);
		assertThat(version.get()).isEqualTo(2);
	}

	@Test
	void callersArrivingDuringAReadShareTheNextOneRatherThanTakeTheOlderValue() throws Exception {
		SharedRead<Integer> version = new SharedRead<>(this.countingRead);
		Asking first = ask(version::get);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.reads.get() == 1);

		Asking second = ask(version::get);
		Asking third = ask(version::get);
		await().atMost(Duration.ofSeconds(10)).until(() -> second.isWaiting() && third.isWaiting());
		this.firstReadMayEnd.countDown();

		assertThat(first.answer()).isEqualTo(1);
		assertThat(second.answer()).isEqualTo(2);
		assertThat(third.answer()).isEqualTo(2);
		assertThat(this.reads).hasValue(2);
	}

	@Test
	void everyCallerSharingAFailedReadGetsItsOwnKindOfFailureAndTheNextReadIsFresh() throws Exception {
		AtomicInteger attempts = new AtomicInteger();
		CountDownLatch failureMayCome = new CountDownLatch(1);
		SharedRead<Integer> version = new SharedRead<>(() -> {
			if (attempts.incrementAndGet() <= 2) {
				awaitQuietly(failureMayCome);
				throw new DataAccessResourceFailureException("database away");
			}
			return 7;
		});
		Asking first = ask(version::get);
		await().atMost(Duration.ofSeconds(10)).until(() -> attempts.get() == 1);
		Asking second = ask(version::get);
		Asking third = ask(version::get);
		await().atMost(Duration.ofSeconds(10)).until(() -> second.isWaiting() && third.isWaiting());
		failureMayCome.countDown();

		for (Asking asking : new Asking[] { first, second, third }) {
			assertThatExceptionOfType(DataAccessResourceFailureException.class).isThrownBy(asking::answer)
				.withMessage("database away");
		}
		assertThat(attempts).hasValue(2);
		assertThat(version.get()).isEqualTo(7);
	}

	private static Asking ask(Callable<Integer> question) {
		FutureTask<Integer> answer = new FutureTask<>(question);
		Thread thread = new Thread(answer, "asking");
		thread.start();
		return new Asking(thread, answer);
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** A caller on its own thread; waiting means parked on a read (locks only block). */
	private record Asking(Thread thread, FutureTask<Integer> task) {

		boolean isWaiting() {
			return this.thread.getState() == Thread.State.WAITING;
		}

		Integer answer() throws Exception {
			try {
				return this.task.get(10, TimeUnit.SECONDS);
			}
			catch (ExecutionException ex) {
				throw (Exception) ex.getCause();
			}
		}

	}

}
