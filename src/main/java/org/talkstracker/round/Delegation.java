package org.talkstracker.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.talkstracker.people.Person;
import org.talkstracker.process.Party;
import org.talkstracker.source.CitingRecord;
import org.talkstracker.source.Source;

import org.hibernate.envers.AuditJoinTable;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/** A party's team at a round. */
@Entity
@Audited
@EntityListeners(RoundChanges.class)
@AuditOverride(forClass = CitingRecord.class, name = "sources",
		auditJoinTable = @AuditJoinTable(name = "delegation_citation_aud"))
public class Delegation extends CitingRecord implements RoundFact {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Round round;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Party party;

	@OneToMany(mappedBy = "delegation", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<DelegationMember> members = new ArrayList<>();

	protected Delegation() {
	}

	Delegation(Round round, Party party) {
		this.round = round;
		this.party = party;
	}

	/** Adds the person to the team, or updates the title and role they hold in it. */
	/** The member who is the person of this slug, if seated. */
	public Optional<DelegationMember> findMember(String person) {
		return this.members.stream().filter((member) -> member.getPerson().getSlug().equals(person)).findFirst();
	}

	public DelegationMember seat(Person person, String title, MemberRole role, List<Source> sources) {
		DelegationMember member = this.members.stream()
			.filter((candidate) -> candidate.getPerson().equals(person))
			.findFirst()
			.orElseGet(() -> {
				DelegationMember added = new DelegationMember(this, person, this.members.size());
				this.members.add(added);
				return added;
			});
		member.hold(title, role, sources);
		return member;
	}

	public Round getRound() {
		return this.round;
	}

	public Party getParty() {
		return this.party;
	}

	public List<DelegationMember> getMembers() {
		return this.members;
	}

	public void unseat(DelegationMember member) {
		this.members.remove(member);
	}

	@Override
	public Stream<Round> rounds() {
		return Stream.ofNullable(this.round);
	}

}
