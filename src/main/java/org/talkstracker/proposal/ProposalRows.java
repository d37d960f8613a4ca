package org.talkstracker.proposal;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.editing.Proposable;
import org.talkstracker.editing.Slugs;
import org.talkstracker.round.Round;
import org.talkstracker.round.RoundRepository;
import org.talkstracker.web.FormRows;

/** Adds the proposals of the workspace's short form, all or none, through the editor. */
@Service
class ProposalRows {

	private final ProposalEditor editor;

	private final ProposalRepository proposals;

	private final RoundRepository rounds;

	ProposalRows(ProposalEditor editor, ProposalRepository proposals, RoundRepository rounds) {
		this.editor = editor;
		this.proposals = proposals;
		this.rounds = rounds;
	}

	@Proposable("workspace.proposals")
	@Transactional
	public void add(String roundSlug, ProposalRowsForm form) {
		Round round = this.rounds.forEditing(roundSlug);
		FormRows.eachFilledIn("proposals", form.proposals(), ProposalRowsForm.Row::filledIn,
				Map.of("party", "party", "title", "title", "proposal_slug_unique_in_round", "title"), (row) -> {
					String slug = Slugs.unique(row.title(),
							(taken) -> this.proposals.findByRoundAndSlug(round, taken).isPresent());
					this.editor.add(roundSlug, row.form(slug, form.sources()));
				});
	}

}
