package org.talkstracker.round;

import java.util.List;
import java.util.stream.Stream;

import org.talkstracker.people.Person;
import org.talkstracker.source.CitingRecord;
import org.talkstracker.source.Source;

import org.hibernate.envers.AuditJoinTable;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/**
 * A person in a delegation, with the title they held at the time and the sources that
 * report it.
 */
@Entity
@Audited
@EntityListeners(RoundChanges.class)
@AuditOverride(forClass = CitingRecord.class, name = "sources",
		auditJoinTable = @AuditJoinTable(name = "delegation_member_citation_aud"))
public class DelegationMember extends CitingRecord implements RoundFact {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Delegation delegation;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Person person;

	private String title;

	@Enumerated(EnumType.STRING)
	private MemberRole role;

	private int position;

	protected DelegationMember() {
	}

	DelegationMember(Delegation delegation, Person person, int position) {
		this.delegation = delegation;
		this.person = person;
		this.position = position;
	}

	void hold(String title, MemberRole role, List<Source> sources) {
		this.title = title;
		this.role = role;
		cite(sources);
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

	public Delegation getDelegation() {
		return this.delegation;
	}

	@Override
	public Stream<Round> rounds() {
		return this.delegation.rounds();
	}

}
