package org.talkstracker.memorandum;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A JPA entity listener on {@link Memorandum} and {@link Clause}: publishes
 * {@link MemorandumChanged} whenever one is inserted, updated (its citations included, as
 * they raise its version) or deleted, whoever writes it.
 */
@Component
public class MemorandumChanges {

	private final ApplicationEventPublisher events;

	MemorandumChanges(ApplicationEventPublisher events) {
		this.events = events;
	}

	@PrePersist
	@PreUpdate
	@PreRemove
	void changed(Object entity) {
		Memorandum memorandum = (entity instanceof Clause clause) ? clause.getMemorandum() : (Memorandum) entity;
		this.events.publishEvent(new MemorandumChanged(memorandum));
	}

}
