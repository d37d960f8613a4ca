package org.talkstracker.proposal;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.editing.EditConflictException;
import org.talkstracker.editing.Proposable;
import org.talkstracker.process.Party;
import org.talkstracker.process.PartyCatalogue;
import org.talkstracker.round.Round;
import org.talkstracker.round.RoundRepository;
import org.talkstracker.source.Source;
import org.talkstracker.source.SourceCatalogue;
import org.talkstracker.web.RecordNotFoundException;

/**
 * Adds, edits and deletes the proposals of a round, each write checked against the
 * version the editor saw.
 */
@Service
class ProposalEditor {

	private final ProposalRepository proposals;

	private final RoundRepository rounds;

	private final PartyCatalogue parties;

	private final SourceCatalogue sources;

	ProposalEditor(ProposalRepository proposals, RoundRepository rounds, PartyCatalogue parties,
			SourceCatalogue sources) {
		this.proposals = proposals;
		this.rounds = rounds;
		this.parties = parties;
		this.sources = sources;
	}

	@Transactional(readOnly = true)
	public ProposalForm form(String round, String slug) {
		return ProposalForm.of(proposal(this.rounds.forEditing(round), slug));
	}

	@Proposable(value = "proposal.add", labels = "admin.proposal")
	@Transactional
	public void add(String roundSlug, ProposalForm form) {
		Round round = this.rounds.forEditing(roundSlug);
		Proposal proposal = new Proposal(round, form.slug(), (int) this.proposals.countByRound(round));
		apply(proposal, form);
		this.proposals.saveAndFlush(proposal);
	}

	@Proposable(value = "proposal", labels = "admin.proposal", current = "form")
	@Transactional
	public void update(String roundSlug, String slug, ProposalForm form) {
		Proposal proposal = proposal(this.rounds.forEditing(roundSlug), slug);
		ProposalForm submitted = form.withSlug(slug);
		EditConflictException.unlessCurrent(ProposalForm.of(proposal), submitted, "admin.proposal");
		apply(proposal, submitted);
		this.proposals.flush();
	}

	@Proposable(value = "proposal.delete", labels = "admin.proposal", current = "form")
	@Transactional
	public void delete(String roundSlug, String slug) {
		Round round = this.rounds.forEditing(roundSlug);
		this.proposals.delete(proposal(round, slug));
		this.proposals.flush();
	}

	private void apply(Proposal proposal, ProposalForm form) {
		Party party = this.parties.party("party", form.party());
		List<Source> cited = this.sources.cited("sources", form.sources(), proposal.getRound().isPublished());
		proposal.table(party, form.category(), form.title(), form.details(), form.deadline(), cited);
		proposal.answer(form.status(), form.response());
	}

	private Proposal proposal(Round round, String slug) {
		return this.proposals.findByRoundAndSlug(round, slug)
			.orElseThrow(() -> new RecordNotFoundException("proposal", slug));
	}

}
