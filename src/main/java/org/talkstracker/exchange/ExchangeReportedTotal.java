package org.talkstracker.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.talkstracker.round.Round;
import org.talkstracker.round.RoundChanges;
import org.talkstracker.round.RoundFact;
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
 * What one side of an agreement reports one side received under it in all, apart from the
 * sum of its stages: what a side reports it received, or what it reports it handed over
 * (what the other side received, as it reports it). One per receiving and reporting side,
 * with the day it was reported and its sources.
 */
@Entity
@Audited
@EntityListeners(RoundChanges.class)
@AuditOverride(forClass = CitingRecord.class, name = "sources",
		auditJoinTable = @AuditJoinTable(name = "exchange_reported_total_citation_aud"))
public class ExchangeReportedTotal extends CitingRecord implements RoundFact {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private ExchangeAgreement agreement;

	@Enumerated(EnumType.STRING)
	private ExchangeSide receivedBy;

	@Enumerated(EnumType.STRING)
	private ExchangeSide reportedBy;

	private int total;

	private LocalDate reportedOn;

	protected ExchangeReportedTotal() {
	}

	ExchangeReportedTotal(ExchangeAgreement agreement, ExchangeSide receivedBy, ExchangeSide reportedBy) {
		this.agreement = agreement;
		this.receivedBy = receivedBy;
		this.reportedBy = reportedBy;
	}

	/** The total as reported on that day, with its sources. */
	public void report(int total, LocalDate reportedOn, List<Source> sources) {
		this.total = total;
		this.reportedOn = reportedOn;
		cite(sources);
	}

	public ExchangeAgreement getAgreement() {
		return this.agreement;
	}

	public ExchangeSide getReceivedBy() {
		return this.receivedBy;
	}

	public ExchangeSide getReportedBy() {
		return this.reportedBy;
	}

	public int getTotal() {
		return this.total;
	}

	public LocalDate getReportedOn() {
		return this.reportedOn;
	}

	@Override
	public Stream<Round> rounds() {
		return this.agreement.rounds();
	}

}
