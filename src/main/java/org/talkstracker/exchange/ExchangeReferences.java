package org.talkstracker.exchange;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.talkstracker.editing.FactName;
import org.talkstracker.process.ProcessDependants;
import org.talkstracker.round.RoundFacts;
import org.talkstracker.source.SourceDependants;

/**
 * Exchange agreements and their stages, as they are part of a round and refer to parties
 * and sources.
 */
@Component
@Order(3)
class ExchangeReferences implements RoundFacts, ProcessDependants, SourceDependants {

	private final ExchangeAgreementRepository agreements;

	ExchangeReferences(ExchangeAgreementRepository agreements) {
		this.agreements = agreements;
	}

	@Override
	public List<FactName> unsourced(long round) {
		return this.agreements.findUnsourcedAt(round);
	}

	@Override
	public List<FactName> parts(long round) {
		return this.agreements.findNamesAt(round);
	}

	@Override
	public List<FactName> ofParty(long party) {
		return this.agreements.findNamesByParty(party);
	}

	@Override
	public List<FactName> citing(long source) {
		return this.agreements.findNamesCiting(source);
	}

}
