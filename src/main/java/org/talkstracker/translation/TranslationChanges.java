package org.talkstracker.translation;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.talkstracker.memorandum.Clause;
import org.talkstracker.memorandum.Memorandum;
import org.talkstracker.memorandum.MemorandumChanged;

/**
 * A JPA entity listener on {@link TextTranslation}: a translation of a memorandum's or a
 * clause's text changes the memorandum's page, whether or not it was delivered at a
 * round, so its change is said of the memorandum ({@link MemorandumChanged}), as
 * {@code RoundChanges} says it of the round.
 */
@Component
class TranslationChanges {

	private final ApplicationEventPublisher events;

	TranslationChanges(ApplicationEventPublisher events) {
		this.events = events;
	}

	@PrePersist
	@PreUpdate
	@PreRemove
	void changed(TextTranslation translation) {
		Object fact = translation.fact();
		if (fact instanceof Memorandum memorandum) {
			this.events.publishEvent(new MemorandumChanged(memorandum));
		}
		else if (fact instanceof Clause clause) {
			this.events.publishEvent(new MemorandumChanged(clause.getMemorandum()));
		}
	}

}
