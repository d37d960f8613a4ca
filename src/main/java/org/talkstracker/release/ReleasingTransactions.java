package org.talkstracker.release;

import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Watches every read-write transaction from its start, so that whatever it changes of a
 * published round is released as it commits ({@link RoundReleases}). Spring Boot adds
 * every such listener to the transaction manager it configures.
 */
@Component
class ReleasingTransactions implements TransactionExecutionListener {

	private final RoundReleases releases;

	ReleasingTransactions(RoundReleases releases) {
		this.releases = releases;
	}

	@Override
	public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
		if (beginFailure == null && !transaction.isReadOnly()
				&& TransactionSynchronizationManager.isSynchronizationActive()) {
			this.releases.watch();
		}
	}

}
