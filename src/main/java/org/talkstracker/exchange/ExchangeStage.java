package org.talkstracker.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.talkstracker.round.Round;
import org.talkstracker.round.RoundChanges;
import org.talkstracker.round.RoundFact;
import org.talkstracker.source.CitingRecord;
import org.talkstracker.source.ReportedDate;
import org.talkstracker.source.Source;

import org.hibernate.annotations.Generated;
import org.hibernate.envers.AuditJoinTable;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.generator.EventType;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/**
 * One handover under an agreement: what each side received, as each side reported it. A
 * side that declined to give figures has withheld them.
 */
@Entity
@Audited
@EntityListeners(RoundChanges.class)
@AuditOverride(forClass = CitingRecord.class, name = "sources",
		auditJoinTable = @AuditJoinTable(name = "exchange_stage_citation_aud"))
public class ExchangeStage extends CitingRecord implements RoundFact {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private ExchangeAgreement agreement;

	private int sequence;

	@Embedded
	private ReportedDate occurred;

	private LocalDate announcedOn;

	@Column(name = "side_a_received_per_a")
	private Integer sideAReceivedPerA;

	@Column(name = "side_a_received_per_b")
	private Integer sideAReceivedPerB;

	@Column(name = "side_b_received_per_a")
	private Integer sideBReceivedPerA;

	@Column(name = "side_b_received_per_b")
	private Integer sideBReceivedPerB;

	/**
	 * What counts of side A's reports, as the database counts them (V15), read back as
	 * the stage is written.
	 */
	@Generated(event = { EventType.INSERT, EventType.UPDATE })
	@Column(name = "side_a_counted", insertable = false, updatable = false)
	@NotAudited
	private Integer sideACounted;

	@Generated(event = { EventType.INSERT, EventType.UPDATE })
	@Column(name = "side_b_counted", insertable = false, updatable = false)
	@NotAudited
	private Integer sideBCounted;

	@Column(name = "side_a_withheld")
	private boolean sideAWithheld;

	@Column(name = "side_b_withheld")
	private boolean sideBWithheld;

	private String note;

	protected ExchangeStage() {
	}

	ExchangeStage(ExchangeAgreement agreement, int sequence) {
		this.agreement = agreement;
		this.sequence = sequence;
	}

	void occurred(ReportedDate occurred) {
		this.occurred = occurred;
	}

	/** The counts as each side reported them; null where a side gave none. */
	public void report(ReceivedCounts sideAReceived, ReceivedCounts sideBReceived, boolean sideAWithheld,
			boolean sideBWithheld, LocalDate announcedOn, String note, List<Source> sources) {
		this.sideAReceivedPerA = sideAReceived.perSideA();
		this.sideAReceivedPerB = sideAReceived.perSideB();
		this.sideBReceivedPerA = sideBReceived.perSideA();
		this.sideBReceivedPerB = sideBReceived.perSideB();
		this.sideAWithheld = sideAWithheld;
		this.sideBWithheld = sideBWithheld;
		this.announcedOn = announcedOn;
		this.note = note;
		cite(sources);
	}

	public ExchangeAgreement getAgreement() {
		return this.agreement;
	}

	public int getSequence() {
		return this.sequence;
	}

	public ReportedDate getOccurred() {
		return this.occurred;
	}

	public LocalDate getAnnouncedOn() {
		return this.announcedOn;
	}

	/** What side A received, as reported and as the database counted it. */
	public ReceivedCounts getSideAReceived() {
		return new ReceivedCounts(this.sideAReceivedPerA, this.sideAReceivedPerB, this.sideACounted);
	}

	/** What side B received, as reported and as the database counted it. */
	public ReceivedCounts getSideBReceived() {
		return new ReceivedCounts(this.sideBReceivedPerA, this.sideBReceivedPerB, this.sideBCounted);
	}

	public boolean isSideAWithheld() {
		return this.sideAWithheld;
	}

	public boolean isSideBWithheld() {
		return this.sideBWithheld;
	}

	public String getNote() {
		return this.note;
	}

	@Override
	public Stream<Round> rounds() {
		return this.agreement.rounds();
	}

}
