package org.talkstracker.round;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one place that notices a round change: a JPA entity listener on {@link Round} and
 * on every {@link RoundFact}, publishing {@link RoundFactsChanged} for each round
 * concerned whenever one is inserted, updated or deleted. A change of a fact's citations
 * alone counts too: they belong to the fact, so Hibernate raises its version and updates
 * it.
 */
@Component
public class RoundChanges {

	private final ApplicationEventPublisher events;

	/**
	 * A fact loaded in a read-write transaction may be changed and written only as the
	 * transaction commits, by the flush that also writes its round, after the round: too
	 * late for the round to take the change. Such a transaction flushes once before it
	 * commits, so the round is written by the commit's flush.
	 */
	private final TransactionSynchronization flushBeforeCommit;

	RoundChanges(ApplicationEventPublisher events, ObjectProvider<EntityManager> entityManager) {
		this.events = events;
		this.flushBeforeCommit = new TransactionSynchronization() {

			@Override
			public void beforeCommit(boolean readOnly) {
				if (!readOnly) {
					entityManager.getObject().flush();
				}
			}

		};
	}

	@PrePersist
	@PreUpdate
	@PreRemove
	void changed(Object entity) {
		if (entity instanceof Round round) {
			this.events.publishEvent(new RoundFactsChanged(round, true));
		}
		else {
			((RoundFact) entity).rounds()
				.forEach((round) -> this.events.publishEvent(new RoundFactsChanged(round, false)));
		}
	}

	@PostLoad
	void loaded(Object entity) {
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			// Registered once per transaction: the same synchronization again is no new
			// one.
			TransactionSynchronizationManager.registerSynchronization(this.flushBeforeCommit);
		}
	}

}
