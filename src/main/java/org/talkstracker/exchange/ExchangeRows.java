package org.talkstracker.exchange;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.editing.Proposable;
import org.talkstracker.editing.Slugs;
import org.talkstracker.editing.UnknownChoiceException;
import org.talkstracker.round.Round;
import org.talkstracker.round.RoundRepository;
import org.talkstracker.web.FormRows;

/**
 * Adds the exchanges agreed and the handovers of the workspace's short forms, each form
 * all or none, through the editor of agreements and stages.
 */
@Service
class ExchangeRows {

	private final ExchangeEditor editor;

	private final ExchangeAgreementRepository agreements;

	private final RoundRepository rounds;

	ExchangeRows(ExchangeEditor editor, ExchangeAgreementRepository agreements, RoundRepository rounds) {
		this.editor = editor;
		this.agreements = agreements;
		this.rounds = rounds;
	}

	/** The agreements of the round's process, as the handover rows choose them. */
	@Transactional(readOnly = true)
	public AgreementChoices agreementChoices(String round) {
		return new AgreementChoices(this.agreements.findOfTheProcessOf(round).stream().map((agreement) -> {
			String sideA = agreement.getSideAParty().getName();
			String sideB = agreement.getSideBParty().getName();
			return new AgreementChoices.Agreement(value(agreement),
					agreement.getRound().getNumber() + ": " + agreement.getSlug() + " (" + sideA + " — " + sideB + ")",
					sideA, sideB);
		}).toList());
	}

	@Proposable("workspace.exchanges")
	@Transactional
	public void addAgreements(String roundSlug, ExchangeRowsForm form) {
		Round round = this.rounds.forEditing(roundSlug);
		FormRows.eachFilledIn("agreements", form.agreements(), ExchangeRowsForm.Row::filledIn,
				Map.of("sideA", "sideA", "sideB", "sideB", "exchange_sides_differ", "sideB"), (row) -> {
					String slug = Slugs.unique(row.name(),
							(taken) -> this.agreements.findByRoundAndSlug(round, taken).isPresent());
					this.editor.add(roundSlug, row.form(slug, form.sources()));
				});
	}

	/** Records each handover as the next stage of its agreement. */
	@Proposable("workspace.handovers")
	@Transactional
	public void addHandovers(String roundSlug, HandoverRowsForm form) {
		List<ExchangeAgreement> ofTheProcess = this.agreements.findOfTheProcessOf(roundSlug);
		FormRows.eachFilledIn("handovers", form.handovers(), HandoverRowsForm.Row::filledIn,
				Map.of("agreement", "agreement", "sequence", "agreement",
						"exchange_stage_side_a_withheld_has_no_figures", "sideAReceived",
						"exchange_stage_side_b_withheld_has_no_figures", "sideBReceived"),
				(row) -> {
					ExchangeAgreement agreement = ofTheProcess.stream()
						.filter((candidate) -> value(candidate).equals(row.agreement()))
						.findFirst()
						.orElseThrow(() -> new UnknownChoiceException("agreement", row.agreement()));
					int next = agreement.getStages().stream().mapToInt(ExchangeStage::getSequence).max().orElse(0) + 1;
					this.editor.addStage(agreement.getRound().getSlug(), agreement.getSlug(),
							row.form(next, form.sources()));
				});
	}

	private static String value(ExchangeAgreement agreement) {
		return agreement.getRound().getSlug() + "/" + agreement.getSlug();
	}

}
