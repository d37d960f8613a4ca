package org.talkstracker.history;

import java.time.Instant;

import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One saved change of the data, with who made it and when; Envers ties every audited row
 * to one.
 */
@Entity
@RevisionEntity(RevisionAuthor.class)
public class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private long id;

	@RevisionTimestamp
	private Instant changedAt;

	/**
	 * The signed-in user; "system" for what the application wrote itself, such as the
	 * reference data.
	 */
	private String username;

	protected Revision() {
	}

	void author(String username) {
		this.username = username;
	}

	public long getId() {
		return this.id;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

	public String getUsername() {
		return this.username;
	}

}
