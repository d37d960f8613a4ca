package org.talkstracker.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.talkstracker.process.Party;
import org.talkstracker.round.Round;
import org.talkstracker.round.RoundChanges;
import org.talkstracker.round.RoundFact;
import org.talkstracker.source.CitingRecord;
import org.talkstracker.source.ReportedDate;
import org.talkstracker.source.Source;

import org.hibernate.envers.AuditJoinTable;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/**
 * An agreement to hand over prisoners, civilians, children or bodies, with the counts
 * agreed per side (or all for all), carried out in stages.
 */
@Entity
@Audited
@EntityListeners(RoundChanges.class)
@AuditOverride(forClass = CitingRecord.class, name = "sources",
		auditJoinTable = @AuditJoinTable(name = "exchange_agreement_citation_aud"))
public class ExchangeAgreement extends CitingRecord implements RoundFact {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Round round;

	private String slug;

	@Enumerated(EnumType.STRING)
	private ExchangeKind kind;

	private boolean allForAll;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "side_a_party_id")
	private Party sideAParty;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "side_b_party_id")
	private Party sideBParty;

	@Column(name = "side_a_count")
	private Integer sideACount;

	@Column(name = "side_b_count")
	private Integer sideBCount;

	@Enumerated(EnumType.STRING)
	@Column(name = "side_a_count_precision")
	private CountPrecision sideACountPrecision = CountPrecision.EXACT;

	@Enumerated(EnumType.STRING)
	@Column(name = "side_b_count_precision")
	private CountPrecision sideBCountPrecision = CountPrecision.EXACT;

	private String criteria;

	private String description;

	private int position;

	@OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sequence")
	private List<ExchangeStage> stages = new ArrayList<>();

	/** Kept in their own history; deleted with the agreement. */
	@OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
	@NotAudited
	private List<ExchangeReportedTotal> reportedTotals = new ArrayList<>();

	protected ExchangeAgreement() {
	}

	public ExchangeAgreement(Round round, String slug, int position) {
		this.round = round;
		this.slug = slug;
		this.position = position;
	}

	/**
	 * Records the terms; counts are what each side is to receive, both empty when all for
	 * all, each as exact as it was agreed (exact when not said).
	 */
	public void agree(ExchangeKind kind, Party sideA, Integer sideACount, CountPrecision sideACountPrecision,
			Party sideB, Integer sideBCount, CountPrecision sideBCountPrecision, boolean allForAll, String criteria,
			String description, List<Source> sources) {
		if (allForAll && (sideACount != null || sideBCount != null)) {
			throw new IllegalArgumentException("An all-for-all exchange has no agreed counts");
		}
		this.kind = kind;
		this.sideAParty = sideA;
		this.sideACount = sideACount;
		this.sideBParty = sideB;
		this.sideBCount = sideBCount;
		this.sideACountPrecision = (sideACountPrecision != null) ? sideACountPrecision : CountPrecision.EXACT;
		this.sideBCountPrecision = (sideBCountPrecision != null) ? sideBCountPrecision : CountPrecision.EXACT;
		this.allForAll = allForAll;
		this.criteria = criteria;
		this.description = description;
		cite(sources);
	}

	/**
	 * The stage with this sequence number, added when it is new. A handover is carried
	 * out under an agreement already made: the schema refuses one dated before the round
	 * where the agreement was made ({@code handover_precedes_day}, V19).
	 */
	public ExchangeStage recordStage(int sequence, ReportedDate occurred) {
		ExchangeStage stage = findStage(sequence).orElseGet(() -> {
			ExchangeStage added = new ExchangeStage(this, sequence);
			this.stages.add(added);
			return added;
		});
		stage.occurred(occurred);
		return stage;
	}

	/**
	 * The total one side reports a side received under this agreement, added when it is
	 * new: one per receiving and reporting side.
	 */
	public ExchangeReportedTotal reportTotal(ExchangeSide receivedBy, ExchangeSide reportedBy) {
		return findReportedTotal(receivedBy, reportedBy).orElseGet(() -> {
			ExchangeReportedTotal added = new ExchangeReportedTotal(this, receivedBy, reportedBy);
			this.reportedTotals.add(added);
			return added;
		});
	}

	public Optional<ExchangeStage> findStage(int sequence) {
		return this.stages.stream().filter((stage) -> stage.getSequence() == sequence).findFirst();
	}

	public Optional<ExchangeReportedTotal> findReportedTotal(ExchangeSide receivedBy, ExchangeSide reportedBy) {
		return this.reportedTotals.stream()
			.filter((total) -> total.getReceivedBy() == receivedBy && total.getReportedBy() == reportedBy)
			.findFirst();
	}

	public void removeReportedTotal(ExchangeReportedTotal total) {
		this.reportedTotals.remove(total);
	}

	public List<ExchangeReportedTotal> getReportedTotals() {
		return this.reportedTotals;
	}

	/** The party on this side of the agreement. */
	public Party party(ExchangeSide side) {
		return (side == ExchangeSide.SIDE_A) ? this.sideAParty : this.sideBParty;
	}

	public Round getRound() {
		return this.round;
	}

	public String getSlug() {
		return this.slug;
	}

	public ExchangeKind getKind() {
		return this.kind;
	}

	public boolean isAllForAll() {
		return this.allForAll;
	}

	public Party getSideAParty() {
		return this.sideAParty;
	}

	public Party getSideBParty() {
		return this.sideBParty;
	}

	public Optional<Integer> getSideACount() {
		return Optional.ofNullable(this.sideACount);
	}

	public Optional<Integer> getSideBCount() {
		return Optional.ofNullable(this.sideBCount);
	}

	public CountPrecision getSideACountPrecision() {
		return this.sideACountPrecision;
	}

	public CountPrecision getSideBCountPrecision() {
		return this.sideBCountPrecision;
	}

	public String getCriteria() {
		return this.criteria;
	}

	public String getDescription() {
		return this.description;
	}

	public List<ExchangeStage> getStages() {
		return this.stages;
	}

	public void removeStage(ExchangeStage stage) {
		this.stages.remove(stage);
	}

	@Override
	public Stream<Round> rounds() {
		return Stream.ofNullable(this.round);
	}

}
