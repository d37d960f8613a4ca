package org.talkstracker.proposal;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.talkstracker.editing.FactName;
import org.talkstracker.process.ProcessDependants;
import org.talkstracker.round.RoundFacts;
import org.talkstracker.source.SourceDependants;

/** Proposals, as they are part of a round and refer to parties and sources. */
@Component
@Order(2)
class ProposalReferences implements RoundFacts, ProcessDependants, SourceDependants {

	private final ProposalRepository proposals;

	ProposalReferences(ProposalRepository proposals) {
		this.proposals = proposals;
	}

	@Override
	public List<FactName> unsourced(long round) {
		return this.proposals.findUnsourcedAt(round);
	}

	@Override
	public List<FactName> parts(long round) {
		return this.proposals.findNamesAt(round);
	}

	@Override
	public List<FactName> ofParty(long party) {
		return this.proposals.findNamesByParty(party);
	}

	@Override
	public List<FactName> citing(long source) {
		return this.proposals.findNamesCiting(source);
	}

}
