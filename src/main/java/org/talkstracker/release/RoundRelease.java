package org.talkstracker.release;

import java.time.Instant;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One release of a published round: the round it is of, and what every {@link Release}
 * keeps (its number in the round, when, by whom, its kind and note, the round as readers
 * saw it).
 */
@Entity
@Immutable
@Table(name = "round_release")
public class RoundRelease extends Release {

	private long roundId;

	private String roundSlug;

	protected RoundRelease() {
	}

	RoundRelease(long roundId, String roundSlug, Instant releasedAt, String editor, NextRelease next,
			ReleasedFile dataFile) {
		super(next.number(), releasedAt, editor, next.note(), dataFile);
		this.roundId = roundId;
		this.roundSlug = roundSlug;
	}

	public long getRoundId() {
		return this.roundId;
	}

	public String getRoundSlug() {
		return this.roundSlug;
	}

}
