package org.talkstracker.round;

import java.time.Instant;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A published round taken from readers: when, by which editor, and the public reason its
 * address answers with (410 Gone) from then on. Never changed once recorded; it outlives
 * the round, if the round is deleted, so that its address still says why it is gone and
 * its slug is never given to another round (the schema's {@code round_slug_retired}).
 */
@Entity
@Immutable
public class RoundWithdrawal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** The round withdrawn; null once it is deleted. */
	private Long roundId;

	private String roundSlug;

	private Instant withdrawnAt;

	private String reason;

	private String withdrawnBy;

	protected RoundWithdrawal() {
	}

	RoundWithdrawal(Round round, Instant withdrawnAt, String reason, String withdrawnBy) {
		this.roundId = round.getId();
		this.roundSlug = round.getSlug();
		this.withdrawnAt = withdrawnAt;
		this.reason = reason;
		this.withdrawnBy = withdrawnBy;
	}

	public String getRoundSlug() {
		return this.roundSlug;
	}

	public Instant getWithdrawnAt() {
		return this.withdrawnAt;
	}

	public String getReason() {
		return this.reason;
	}

	public String getWithdrawnBy() {
		return this.withdrawnBy;
	}

}
