package org.talkstracker.web;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A read that callers asking at the same moment share, each still getting a value read
 * after it asked. While one read runs, the callers that arrive join the next one, which
 * starts as soon as the running one ends: never more than one read at a time, and never a
 * value older than the question. Under load of many readers, one database round trip
 * answers a whole group of them.
 */
final class SharedRead<T> {

	private final Supplier<T> read;

	private final Object lock = new Object();

	/** The read started last (running or done): the next one starts when it has ended. */
	private CompletableFuture<T> running;

	/** The read the callers arriving now join; it starts when {@link #running} ends. */
	private CompletableFuture<T> next;

	SharedRead(Supplier<T> read) {
		this.read = read;
	}

	T get() {
		CompletableFuture<T> mine;
		CompletableFuture<T> before = null;
		boolean starter;
		synchronized (this.lock) {
			starter = this.next == null;
			if (starter) {
				this.next = new CompletableFuture<>();
				before = this.running;
			}
			mine = this.next;
		}
		if (starter) {
			run(mine, before);
		}
		return join(mine);
	}

	/** Waits for the read before to end, closes the group, then reads for all of it. */
	private void run(CompletableFuture<T> group, CompletableFuture<T> before) {
		if (before != null) {
			// Its outcome is its own callers'; this group only needs it to have ended.
			before.exceptionally((failure) -> null).join();
		}
		synchronized (this.lock) {
			this.next = null;
			this.running = group;
		}
		try {
			group.complete(this.read.get());
		}
		catch (RuntimeException | Error failure) {
			group.completeExceptionally(failure);
		}
	}

	/**
	 * The value, or the read's own exception (not wrapped) for every caller that shared
	 * it.
	 */
	private static <T> T join(CompletableFuture<T> read) {
		try {
			return read.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

}
