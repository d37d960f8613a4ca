package org.talkstracker.round;

import java.util.stream.Stream;

import org.talkstracker.people.Person;

import org.hibernate.envers.Audited;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/** A person in a delegation, with the title they held at the time. */
@Entity
@Audited
@EntityListeners(RoundChanges.class)
public class DelegationMember implements RoundFact {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Delegation delegation;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Person person;

	private String title;

	@Enumerated(EnumType.STRING)
	private MemberRole role;

	private int position;

	@Version
	private long version;

	protected DelegationMember() {
	}

	DelegationMember(Delegation delegation, Person person, int position) {
		this.delegation = delegation;
		this.person = person;
		this.position = position;
	}

	void hold(String title, MemberRole role) {
		this.title = title;
		this.role = role;
	}

	public Person getPerson() {
		return this.person;
	}

	public String getTitle() {
		return this.title;
	}

	public MemberRole getRole() {
		return this.role;
	}

	public int getPosition() {
		return this.position;
	}

	public Long getId() {
		return this.id;
	}

	public Delegation getDelegation() {
		return this.delegation;
	}

	public long getVersion() {
		return this.version;
	}

	@Override
	public Stream<Round> rounds() {
		return this.delegation.rounds();
	}

}
