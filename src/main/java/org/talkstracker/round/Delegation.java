package org.talkstracker.round;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.talkstracker.people.Person;
import org.talkstracker.process.Party;
import org.talkstracker.source.Citations;
import org.talkstracker.source.Source;

import org.hibernate.envers.AuditJoinTable;
import org.hibernate.envers.Audited;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

/** A party's team at a round. */
@Entity
@Audited
@EntityListeners(RoundChanges.class)
public class Delegation implements RoundFact {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Round round;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Party party;

	@OneToMany(mappedBy = "delegation", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<DelegationMember> members = new ArrayList<>();

	@ManyToMany
	@AuditJoinTable(name = "delegation_citation_aud")
	@JoinTable(name = "citation", joinColumns = @JoinColumn(name = "delegation_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	@OrderColumn(name = "position")
	private List<Source> sources = new ArrayList<>();

	@Version
	private long version;

	protected Delegation() {
	}

	Delegation(Round round, Party party) {
		this.round = round;
		this.party = party;
	}

	/** Adds the person to the team, or updates the title and role they hold in it. */
	public DelegationMember seat(Person person, String title, MemberRole role) {
		DelegationMember member = this.members.stream()
			.filter((candidate) -> candidate.getPerson().equals(person))
			.findFirst()
			.orElseGet(() -> {
				DelegationMember added = new DelegationMember(this, person, this.members.size());
				this.members.add(added);
				return added;
			});
		member.hold(title, role);
		return member;
	}

	public void cite(List<Source> sources) {
		Citations.replace(this.sources, sources);
	}

	public Long getId() {
		return this.id;
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

	public List<Source> getSources() {
		return this.sources;
	}

	public void unseat(DelegationMember member) {
		this.members.remove(member);
	}

	public long getVersion() {
		return this.version;
	}

	@Override
	public Stream<Round> rounds() {
		return Stream.ofNullable(this.round);
	}

}
