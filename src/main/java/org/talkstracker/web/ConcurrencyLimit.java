package org.talkstracker.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A bound on how many requests of one costly kind run at once (whole data set downloads,
 * which each hold a database connection for seconds; PDF renderings, which each take tens
 * of MB): the others wait for a turn, first come first served, for a bounded time. When
 * too many already wait, or the wait runs out, the request is refused with a
 * {@link BusyException} (a 503 that says when to come back) instead of running the server
 * out of connections or memory.
 */
public final class ConcurrencyLimit {

	private final String work;

	private final Semaphore turns;

	private final int maxWaiting;

	private final Duration maxWait;

	/**
	 * @param work what is limited, for the logs
	 * @param atOnce how many run at once
	 * @param maxWaiting how many may wait for a turn; more are refused at once
	 * @param maxWait how long one waits before it is refused
	 */
	public ConcurrencyLimit(String work, int atOnce, int maxWaiting, Duration maxWait) {
		if (atOnce < 1 || maxWaiting < 0 || maxWait.isNegative()) {
			throw new IllegalArgumentException("A limit of " + work + " needs at least one turn and no negative queue");
		}
		this.work = work;
		this.turns = new Semaphore(atOnce, true);
		this.maxWaiting = maxWaiting;
		this.maxWait = maxWait;
	}

	/**
	 * Waits for a turn; close the turn when the work is done.
	 * @throws BusyException when the queue is full or no turn came in time
	 */
	public Turn await() {
		if (this.turns.tryAcquire()) {
			return this.turns::release;
		}
		if (this.turns.getQueueLength() >= this.maxWaiting) {
			throw new BusyException(this.work + ": " + this.maxWaiting + " requests wait already", this.maxWait);
		}
		try {
			if (!this.turns.tryAcquire(this.maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
				throw new BusyException(this.work + ": no turn within " + this.maxWait, this.maxWait);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new BusyException(this.work + ": interrupted while waiting", this.maxWait);
		}
		return this.turns::release;
	}

	/** Requests waiting for a turn now (an estimate while they come and go). */
	public int waiting() {
		return this.turns.getQueueLength();
	}

	/** Turns free now. */
	public int free() {
		return this.turns.availablePermits();
	}

	/** One request's turn, given back when closed. */
	@FunctionalInterface
	public interface Turn extends AutoCloseable {

		@Override
		void close();

	}

}
