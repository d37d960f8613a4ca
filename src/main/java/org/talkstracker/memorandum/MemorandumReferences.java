package org.talkstracker.memorandum;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.talkstracker.editing.FactName;
import org.talkstracker.process.ProcessDependants;
import org.talkstracker.round.RoundFacts;
import org.talkstracker.source.SourceDependants;

/**
 * Memoranda and their clauses, as they refer to the round they were delivered at (which
 * they keep from being deleted), their process, their author and their sources.
 */
@Component
@Order(4)
class MemorandumReferences implements RoundFacts, ProcessDependants, SourceDependants {

	private final MemorandumRepository memoranda;

	MemorandumReferences(MemorandumRepository memoranda) {
		this.memoranda = memoranda;
	}

	@Override
	public List<FactName> unsourced(long round) {
		return this.memoranda.findUnsourcedAt(round);
	}

	@Override
	public List<FactName> dependants(long round) {
		return this.memoranda.findNamesAt(round);
	}

	@Override
	public List<FactName> ofProcess(long process) {
		return this.memoranda.findNamesInProcess(process);
	}

	@Override
	public List<FactName> ofParty(long party) {
		return this.memoranda.findNamesByAuthor(party);
	}

	@Override
	public List<FactName> citing(long source) {
		return this.memoranda.findNamesCiting(source);
	}

}
