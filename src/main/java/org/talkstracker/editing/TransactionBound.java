package org.talkstracker.editing;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value that belongs to the current transaction: kept under its key (the class or bean
 * that owns it) until the transaction completes, and hidden while another transaction
 * runs in its place. What a save carries beside its fields (who approves it, its release
 * note) and what a transaction gathers as it writes (the time a round took, the pages to
 * release) are kept this way.
 */
public final class TransactionBound {

	private TransactionBound() {
	}

	/** The value kept under the key in the current transaction, if one is. */
	public static <T> Optional<T> get(Object key, Class<T> type) {
		return Optional.ofNullable(TransactionSynchronizationManager.getResource(key)).map(type::cast);
	}

	/**
	 * The value kept under the key in the current transaction, made and kept on first
	 * use; empty outside a transaction.
	 */
	public static <T> Optional<T> getOrBind(Object key, Class<T> type, Supplier<? extends T> made) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return Optional.empty();
		}
		Optional<T> bound = get(key, type);
		if (bound.isPresent()) {
			return bound;
		}
		T value = made.get();
		bind(key, value);
		return Optional.of(value);
	}

	/** Keeps the value under the key until the current transaction completes. */
	public static void bind(Object key, Object value) {
		TransactionSynchronizationManager.bindResource(key, value);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void suspend() {
				TransactionSynchronizationManager.unbindResource(key);
			}

			@Override
			public void resume() {
				TransactionSynchronizationManager.bindResource(key, value);
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(key);
			}

		});
	}

}
