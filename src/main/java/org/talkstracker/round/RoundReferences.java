package org.talkstracker.round;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.talkstracker.editing.FactName;
import org.talkstracker.people.PersonDependants;
import org.talkstracker.process.ProcessDependants;
import org.talkstracker.source.SourceDependants;

/**
 * Rounds, delegations and third parties, as they refer to processes, parties, people and
 * sources.
 */
@Component
@Order(1)
class RoundReferences implements ProcessDependants, PersonDependants, SourceDependants {

	private final RoundRepository rounds;

	RoundReferences(RoundRepository rounds) {
		this.rounds = rounds;
	}

	@Override
	public List<FactName> ofProcess(long process) {
		return this.rounds.findNamesInProcess(process);
	}

	@Override
	public List<FactName> ofParty(long party) {
		return this.rounds.findPartyRoles(party);
	}

	@Override
	public List<FactName> of(long person) {
		return this.rounds.findMemberships(person);
	}

	@Override
	public List<FactName> citing(long source) {
		return this.rounds.findCitingFacts(source);
	}

}
