package org.talkstracker.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.talkstracker.round.Round;
import org.talkstracker.round.RoundChanges;
import org.talkstracker.round.RoundFact;
import org.talkstracker.source.Citations;
import org.talkstracker.source.ReportedDate;
import org.talkstracker.source.Source;

import org.hibernate.annotations.Generated;
import org.hibernate.envers.AuditJoinTable;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.generator.EventType;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

/**
 * One handover under an agreement: what each side received, as each side reported it. A
 * side that declined to give figures has withheld them.
 */
@Entity
@Audited
@EntityListeners(RoundChanges.class)
public class ExchangeStage implements RoundFact {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

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

	@ManyToMany
	@AuditJoinTable(name = "exchange_stage_citation_aud")
	@JoinTable(name = "citation", joinColumns = @JoinColumn(name = "exchange_stage_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	@OrderColumn(name = "position")
	private List<Source> sources = new ArrayList<>();

	@Version
	private long version;

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
		Citations.replace(this.sources, sources);
	}

	public Long getId() {
		return this.id;
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

	public List<Source> getSources() {
		return this.sources;
	}

	public long getVersion() {
		return this.version;
	}

	@Override
	public Stream<Round> rounds() {
		return this.agreement.rounds();
	}

}
