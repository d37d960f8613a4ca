package org.talkstracker.release;

import java.time.Instant;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One release of a memorandum readers see on its own page: the memorandum it is of, and
 * what every {@link Release} keeps (its number in the memorandum, when, by whom, its kind
 * and note, the memorandum as readers saw it on its page).
 */
@Entity
@Immutable
@Table(name = "memorandum_release")
public class MemorandumRelease extends Release {

	private long memorandumId;

	private String memorandumSlug;

	protected MemorandumRelease() {
	}

	MemorandumRelease(long memorandumId, String memorandumSlug, Instant releasedAt, String editor, NextRelease next,
			ReleasedFile dataFile) {
		super(next.number(), releasedAt, editor, next.note(), dataFile);
		this.memorandumId = memorandumId;
		this.memorandumSlug = memorandumSlug;
	}

	public long getMemorandumId() {
		return this.memorandumId;
	}

	public String getMemorandumSlug() {
		return this.memorandumSlug;
	}

}
