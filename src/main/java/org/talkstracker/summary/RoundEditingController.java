package org.talkstracker.summary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.talkstracker.approval.Approvals;
import org.talkstracker.release.RoundReleases;
import org.talkstracker.round.Round;
import org.talkstracker.round.RoundFactNames;
import org.talkstracker.round.RoundRepository;
import org.talkstracker.round.RoundWithdrawalRepository;
import org.talkstracker.round.WorkspaceForms;

/**
 * The editors' page of one round, its workspace: every fact with its edit links, in the
 * order readers see them, the short forms that add several facts at once, what still
 * keeps the round from being published, and a preview of the round page as readers will
 * see it.
 */
@Controller
class RoundEditingController {

	private final RoundSummaries summaries;

	private final RoundRepository rounds;

	private final RoundFactNames facts;

	private final RoundReleases releases;

	private final RoundWithdrawalRepository withdrawals;

	private final Clock clock;

	private final Approvals approvals;

	private final List<WorkspaceForms> shortForms;

	RoundEditingController(RoundSummaries summaries, RoundRepository rounds, RoundFactNames facts,
			RoundReleases releases, RoundWithdrawalRepository withdrawals, Clock clock, Approvals approvals,
			List<WorkspaceForms> shortForms) {
		this.approvals = approvals;
		this.summaries = summaries;
		this.rounds = rounds;
		this.facts = facts;
		this.releases = releases;
		this.withdrawals = withdrawals;
		this.clock = clock;
		this.shortForms = shortForms;
	}

	@GetMapping("/admin/rounds/{slug}")
	String show(@PathVariable String slug, Model model) {
		Round round = this.rounds.forEditing(slug);
		model.addAttribute("summary", this.summaries.preview(slug));
		model.addAttribute("published", round.isPublished());
		model.addAttribute("withdrawal", round.isPublished() ? null
				: this.withdrawals.findFirstByRoundSlugOrderByWithdrawnAtDescIdDesc(slug).orElse(null));
		model.addAttribute("unsourced", this.facts.unsourced(round.getId()));
		model.addAttribute("released", this.releases.latest(slug).isPresent());
		model.addAttribute("approvals", this.approvals.pending(slug));
		this.shortForms.forEach((forms) -> forms.offer(slug, model));
		return "round/admin/show";
	}

	/** The round page exactly as readers will see it once published. */
	@GetMapping("/admin/rounds/{slug}/preview")
	String preview(@PathVariable String slug, Model model) {
		model.addAttribute("summary", this.summaries.preview(slug));
		model.addAttribute("citation",
				new SummaryCitation(RoundCitations.address("/rounds/{slug}", slug), LocalDate.now(this.clock), null));
		return "round/show";
	}

}
