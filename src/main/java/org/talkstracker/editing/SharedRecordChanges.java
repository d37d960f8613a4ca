package org.talkstracker.editing;

import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A JPA entity listener on every {@link SharedRecord}: publishes
 * {@link SharedRecordChanged} whenever one is updated or deleted, by whatever writes it.
 * A new one is shown nowhere yet.
 */
@Component
public class SharedRecordChanges {

	private final ApplicationEventPublisher events;

	SharedRecordChanges(ApplicationEventPublisher events) {
		this.events = events;
	}

	@PreUpdate
	@PreRemove
	void changed(Object entity) {
		this.events.publishEvent(SharedRecordChanged.of((SharedRecord) entity));
	}

}
