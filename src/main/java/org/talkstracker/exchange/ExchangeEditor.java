package org.talkstracker.exchange;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.editing.DeleteImpact;
import org.talkstracker.editing.EditConflictException;
import org.talkstracker.editing.FactName;
import org.talkstracker.editing.FieldRefusedException;
import org.talkstracker.editing.Proposable;
import org.talkstracker.process.Party;
import org.talkstracker.process.PartyCatalogue;
import org.talkstracker.round.Round;
import org.talkstracker.round.RoundRepository;
import org.talkstracker.source.ReportedDate;
import org.talkstracker.source.Source;
import org.talkstracker.source.SourceCatalogue;
import org.talkstracker.web.Choice;
import org.talkstracker.web.RecordNotFoundException;

/**
 * Exchange agreements of a round and the stages they were carried out in. References are
 * resolved before anything changes, so no query flushes a half-made change.
 */
@Service
class ExchangeEditor {

	private final ExchangeAgreementRepository agreements;

	private final RoundRepository rounds;

	private final PartyCatalogue parties;

	private final SourceCatalogue sources;

	ExchangeEditor(ExchangeAgreementRepository agreements, RoundRepository rounds, PartyCatalogue parties,
			SourceCatalogue sources) {
		this.agreements = agreements;
		this.rounds = rounds;
		this.parties = parties;
		this.sources = sources;
	}

	/**
	 * The two parties whose delegations sat at the round, in the order they were entered:
	 * the natural pair of an exchange agreed there, offered to a new agreement so that
	 * its counts are asked by their names at once. Empty unless the round has exactly
	 * two.
	 */
	@Transactional(readOnly = true)
	public List<String> pairAtTable(String round) {
		List<String> parties = this.rounds.forEditing(round)
			.getDelegations()
			.stream()
			.map((delegation) -> delegation.getParty().getSlug())
			.distinct()
			.toList();
		return (parties.size() == 2) ? parties : List.of();
	}

	/** The agreement's sides, for naming them on the stage and reported total forms. */
	@Transactional(readOnly = true)
	public Sides sides(String round, String slug) {
		ExchangeAgreement agreement = agreement(this.rounds.forEditing(round), slug);
		return new Sides(agreement.getSideAParty().getName(), agreement.getSideBParty().getName(),
				agreement.getStages().size() + 1);
	}

	@Transactional(readOnly = true)
	public ReportedTotalForm reportedTotalForm(String round, String slug, ExchangeSide receivedBy,
			ExchangeSide reportedBy) {
		return ReportedTotalForm
			.of(reportedTotal(agreement(this.rounds.forEditing(round), slug), receivedBy, reportedBy));
	}

	@Proposable(value = "reportedTotal.add", labels = "admin.reportedTotal")
	@Transactional
	public void addReportedTotal(String round, String slug, ReportedTotalForm form) {
		ExchangeAgreement agreement = agreement(this.rounds.forEditing(round), slug);
		if (agreement.findReportedTotal(form.receivedBy(), form.reportedBy()).isPresent()) {
			throw new FieldRefusedException("reportedBy", "admin.reportedTotal.taken");
		}
		reportTotal(agreement, form);
		this.agreements.flush();
	}

	@Proposable(value = "reportedTotal", labels = "admin.reportedTotal", current = "reportedTotalForm")
	@Transactional
	public void updateReportedTotal(String round, String slug, ExchangeSide receivedBy, ExchangeSide reportedBy,
			ReportedTotalForm form) {
		ExchangeAgreement agreement = agreement(this.rounds.forEditing(round), slug);
		ExchangeReportedTotal total = reportedTotal(agreement, receivedBy, reportedBy);
		ReportedTotalForm submitted = form.withSides(receivedBy, reportedBy);
		EditConflictException.unlessCurrent(ReportedTotalForm.of(total), submitted, "admin.reportedTotal");
		reportTotal(agreement, submitted);
		this.agreements.flush();
	}

	@Proposable(value = "reportedTotal.delete", labels = "admin.reportedTotal", current = "reportedTotalForm")
	@Transactional
	public void deleteReportedTotal(String round, String slug, ExchangeSide receivedBy, ExchangeSide reportedBy) {
		ExchangeAgreement agreement = agreement(this.rounds.forEditing(round), slug);
		agreement.removeReportedTotal(reportedTotal(agreement, receivedBy, reportedBy));
		this.agreements.flush();
	}

	private void reportTotal(ExchangeAgreement agreement, ReportedTotalForm form) {
		List<Source> cited = this.sources.cited("sources", form.sources(), agreement.getRound().isPublished());
		agreement.reportTotal(form.receivedBy(), form.reportedBy()).report(form.total(), form.reportedOn(), cited);
	}

	private static ExchangeReportedTotal reportedTotal(ExchangeAgreement agreement, ExchangeSide receivedBy,
			ExchangeSide reportedBy) {
		return agreement.findReportedTotal(receivedBy, reportedBy)
			.orElseThrow(() -> new RecordNotFoundException("reported total", receivedBy + "/" + reportedBy));
	}

	@Transactional(readOnly = true)
	public ExchangeForm form(String round, String slug) {
		return ExchangeForm.of(agreement(this.rounds.forEditing(round), slug));
	}

	@Proposable(value = "exchange.add", labels = "admin.exchange")
	@Transactional
	public void add(String roundSlug, ExchangeForm form) {
		Round round = this.rounds.forEditing(roundSlug);
		ExchangeAgreement agreement = new ExchangeAgreement(round, form.slug(),
				(int) this.agreements.countByRound(round));
		apply(agreement, form);
		this.agreements.saveAndFlush(agreement);
	}

	@Proposable(value = "exchange", labels = "admin.exchange", current = "form")
	@Transactional
	public void update(String roundSlug, String slug, ExchangeForm form) {
		ExchangeAgreement agreement = agreement(this.rounds.forEditing(roundSlug), slug);
		ExchangeForm submitted = form.withSlug(slug);
		EditConflictException.unlessCurrent(ExchangeForm.of(agreement), submitted, "admin.exchange");
		apply(agreement, submitted);
		this.agreements.flush();
	}

	/**
	 * The stages and the reported totals go with the agreement; nothing else depends on
	 * it.
	 */
	@Transactional(readOnly = true)
	public DeleteImpact impactOfDeleting(String round, String slug) {
		ExchangeAgreement agreement = agreement(this.rounds.forEditing(round), slug);
		return new DeleteImpact(List.of(),
				Stream
					.concat(agreement.getStages()
						.stream()
						.map((stage) -> FactName.of("exchange_stage", slug + " #" + stage.getSequence())),
							agreement.getReportedTotals()
								.stream()
								.map((total) -> FactName
									.of("exchange_reported_total",
											slug + ": " + agreement.party(total.getReceivedBy()).getName() + " / "
													+ agreement.party(total.getReportedBy()).getName())))
					.toList());
	}

	@Proposable(value = "exchange.delete", labels = "admin.exchange", current = "form")
	@Transactional
	public void delete(String roundSlug, String slug) {
		Round round = this.rounds.forEditing(roundSlug);
		this.agreements.delete(agreement(round, slug));
		this.agreements.flush();
	}

	private void apply(ExchangeAgreement agreement, ExchangeForm form) {
		Party sideA = this.parties.party("sideA", form.sideA());
		Party sideB = this.parties.party("sideB", form.sideB());
		List<Source> cited = this.sources.cited("sources", form.sources(), agreement.getRound().isPublished());
		agreement.agree(form.kind(), sideA, form.sideACount(), form.sideACountPrecision(), sideB, form.sideBCount(),
				form.sideBCountPrecision(), form.allForAll(), form.criteria(), form.description(), cited);
	}

	@Transactional(readOnly = true)
	public StageForm stageForm(String round, String slug, int sequence) {
		return StageForm.of(stage(agreement(this.rounds.forEditing(round), slug), sequence));
	}

	@Proposable(value = "stage.add", labels = "admin.stage")
	@Transactional
	public void addStage(String round, String slug, StageForm form) {
		ExchangeAgreement agreement = agreement(this.rounds.forEditing(round), slug);
		if (agreement.findStage(form.sequence()).isPresent()) {
			throw new FieldRefusedException("sequence", "admin.stage.taken");
		}
		report(agreement, form.sequence(), form);
		this.agreements.flush();
	}

	@Proposable(value = "stage", labels = "admin.stage", current = "stageForm")
	@Transactional
	public void updateStage(String round, String slug, int sequence, StageForm form) {
		ExchangeAgreement agreement = agreement(this.rounds.forEditing(round), slug);
		ExchangeStage stage = stage(agreement, sequence);
		StageForm submitted = form.withSequence(sequence);
		EditConflictException.unlessCurrent(StageForm.of(stage), submitted, "admin.stage");
		report(agreement, sequence, submitted);
		this.agreements.flush();
	}

	@Proposable(value = "stage.delete", labels = "admin.stage", current = "stageForm")
	@Transactional
	public void deleteStage(String round, String slug, int sequence) {
		ExchangeAgreement agreement = agreement(this.rounds.forEditing(round), slug);
		agreement.removeStage(stage(agreement, sequence));
		this.agreements.flush();
	}

	private void report(ExchangeAgreement agreement, int sequence, StageForm form) {
		List<Source> cited = this.sources.cited("sources", form.sources(), agreement.getRound().isPublished());
		agreement.recordStage(sequence, new ReportedDate(form.occurredOn(), form.occurredPrecision()))
			.report(new ReceivedCounts(form.sideAReceivedPerA(), form.sideAReceivedPerB()),
					new ReceivedCounts(form.sideBReceivedPerA(), form.sideBReceivedPerB()), form.sideAWithheld(),
					form.sideBWithheld(), form.announcedOn(), form.note(), cited);
	}

	private ExchangeAgreement agreement(Round round, String slug) {
		return this.agreements.findByRoundAndSlug(round, slug)
			.orElseThrow(() -> new RecordNotFoundException("exchange agreement", slug));
	}

	private static ExchangeStage stage(ExchangeAgreement agreement, int sequence) {
		return agreement.findStage(sequence).orElseThrow(() -> new RecordNotFoundException("exchange stage", sequence));
	}

	/** Who side A and side B are, and the next free stage number. */
	record Sides(String sideA, String sideB, int nextSequence) {

		/** The two parties to choose from, named. */
		List<Choice> choices() {
			return List.of(new Choice(ExchangeSide.SIDE_A.name(), this.sideA),
					new Choice(ExchangeSide.SIDE_B.name(), this.sideB));
		}

		String name(ExchangeSide side) {
			return (side == ExchangeSide.SIDE_A) ? this.sideA : this.sideB;
		}

	}

}
