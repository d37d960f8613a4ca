package org.talkstracker.round;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.talkstracker.editing.TransactionBound;

/**
 * Moves a round's "last updated" to the application's clock whenever the round or any of
 * its facts is written ({@link RoundFactsChanged}). A write of the round itself takes the
 * clock's time; the facts one transaction writes share the time the round already took in
 * it, so a fact that a flush writes after the round (a version raised by a new stage)
 * leaves the round as that flush wrote it.
 */
@Component
class RoundUpdates {

	private final Clock clock;

	RoundUpdates(Clock clock) {
		this.clock = clock;
	}

	@EventListener
	void stamp(RoundFactsChanged change) {
		Round round = change.round();
		Map<Long, Instant> stamped = stampedInThisTransaction();
		Instant at = (change.roundItself() || round.getId() == null) ? this.clock.instant()
				: stamped.computeIfAbsent(round.getId(), (id) -> this.clock.instant());
		if (round.getId() != null) {
			stamped.put(round.getId(), at);
		}
		round.markUpdated(at);
	}

	/** The time each round (by id) took in the current transaction; empty outside one. */
	@SuppressWarnings("unchecked")
	private Map<Long, Instant> stampedInThisTransaction() {
		return TransactionBound.getOrBind(this, Map.class, HashMap::new).orElseGet(HashMap::new);
	}

}
