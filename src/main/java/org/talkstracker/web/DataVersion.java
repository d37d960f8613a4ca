package org.talkstracker.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The number that database triggers raise with every committed change of what readers see
 * ({@code V12__data_version.sql}). Reading it costs one primary-key lookup, and it sees
 * changes made by any instance, import or script. Requests asking at the same moment
 * share one read ({@link SharedRead}), each still getting a version read after it asked.
 */
@Component
public class DataVersion {

	private final JdbcClient jdbc;

	private final SharedRead<Long> current;

	DataVersion(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.current = new SharedRead<>(this::read);
	}

	public long current() {
		// A read inside a transaction sees that transaction's view (its own writes, its
		// snapshot),
		// which is not for sharing with other requests.
		return TransactionSynchronizationManager.isActualTransactionActive() ? read() : this.current.get();
	}

	private long read() {
		return this.jdbc.sql("select version from data_version").query(Long.class).single();
	}

	/**
	 * The version with the transaction that wrote it, for what outlives the process
	 * (files on disk): a database restored from a backup or built again from its
	 * migrations counts its versions afresh, but never with the same transaction ids.
	 */
	public String tag() {
		return this.jdbc.sql("select version || '-' || xmin from data_version").query(String.class).single();
	}

}
