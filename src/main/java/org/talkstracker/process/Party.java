package org.talkstracker.process;

import org.talkstracker.editing.NamedRecord;

import org.hibernate.envers.Audited;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A state, organisation or armed group; its role (delegation, mediator, host, …) is per
 * round.
 */
@Entity
@Audited
public class Party extends NamedRecord {

	@Enumerated(EnumType.STRING)
	private PartyKind kind;

	/** Its actor in UCDP's data ({@code 65}); none if unknown. */
	private Integer ucdpActorId;

	protected Party() {
	}

	public Party(String slug) {
		super(slug);
	}

	public void describe(String name, PartyKind kind) {
		name(name);
		this.kind = kind;
	}

	@Override
	public String sharedKind() {
		return "party";
	}

	public PartyKind getKind() {
		return this.kind;
	}

	/**
	 * Names the UCDP actor {@code actorId} as this party (none to forget it), only when
	 * certain.
	 */
	public void identifyInUcdp(Integer actorId) {
		this.ucdpActorId = actorId;
	}

	public Integer getUcdpActorId() {
		return this.ucdpActorId;
	}

}
