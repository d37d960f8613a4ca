package org.talkstracker.round;

import java.time.Clock;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import org.springframework.stereotype.Component;

/**
 * Moves a round's "last updated" to the application's clock: whenever the round itself is
 * written (by an editor or an import), and whenever an editor adds, changes or deletes one of its
 * facts, which leaves the round's own row alone otherwise.
 */
@Component
public class RoundUpdates {

	private final Clock clock;

	RoundUpdates(Clock clock) {
		this.clock = clock;
	}

	/** A fact of the round (none for a memorandum or statement of no round) was added, changed or deleted. */
	public void factChanged(Round round) {
		if (round != null) {
			round.markUpdated(this.clock.instant());
		}
	}

	@PrePersist
	@PreUpdate
	void stamp(Round round) {
		round.markUpdated(this.clock.instant());
	}

}
