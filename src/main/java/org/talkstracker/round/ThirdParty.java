package org.talkstracker.round;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.talkstracker.process.Party;
import org.talkstracker.source.Citations;
import org.talkstracker.source.Source;

import org.hibernate.envers.AuditJoinTable;
import org.hibernate.envers.Audited;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

/** A mediator, host, observer or chair of a round. */
@Entity
@Audited
@EntityListeners(RoundChanges.class)
public class ThirdParty implements RoundFact {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Round round;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Party party;

	@Enumerated(EnumType.STRING)
	private ThirdPartyRole role;

	private String note;

	@ManyToMany
	@AuditJoinTable(name = "third_party_citation_aud")
	@JoinTable(name = "citation", joinColumns = @JoinColumn(name = "third_party_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	@OrderColumn(name = "position")
	private List<Source> sources = new ArrayList<>();

	@Version
	private long version;

	protected ThirdParty() {
	}

	ThirdParty(Round round, Party party, ThirdPartyRole role) {
		this.round = round;
		this.party = party;
		this.role = role;
	}

	public void report(String note, List<Source> sources) {
		this.note = note;
		Citations.replace(this.sources, sources);
	}

	public Long getId() {
		return this.id;
	}

	public Party getParty() {
		return this.party;
	}

	public ThirdPartyRole getRole() {
		return this.role;
	}

	public String getNote() {
		return this.note;
	}

	public List<Source> getSources() {
		return this.sources;
	}

	public Round getRound() {
		return this.round;
	}

	public long getVersion() {
		return this.version;
	}

	@Override
	public Stream<Round> rounds() {
		return Stream.ofNullable(this.round);
	}

}
