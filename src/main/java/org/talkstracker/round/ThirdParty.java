package org.talkstracker.round;

import java.util.List;
import java.util.stream.Stream;

import org.talkstracker.process.Party;
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

/** A mediator, host, observer or chair of a round. */
@Entity
@Audited
@EntityListeners(RoundChanges.class)
@AuditOverride(forClass = CitingRecord.class, name = "sources",
		auditJoinTable = @AuditJoinTable(name = "third_party_citation_aud"))
public class ThirdParty extends CitingRecord implements RoundFact {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Round round;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Party party;

	@Enumerated(EnumType.STRING)
	private ThirdPartyRole role;

	private String note;

	protected ThirdParty() {
	}

	ThirdParty(Round round, Party party, ThirdPartyRole role) {
		this.round = round;
		this.party = party;
		this.role = role;
	}

	public void report(String note, List<Source> sources) {
		this.note = note;
		cite(sources);
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

	public Round getRound() {
		return this.round;
	}

	@Override
	public Stream<Round> rounds() {
		return Stream.ofNullable(this.round);
	}

}
