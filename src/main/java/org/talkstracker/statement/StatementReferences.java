package org.talkstracker.statement;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.talkstracker.editing.FactName;
import org.talkstracker.people.PersonDependants;
import org.talkstracker.process.ProcessDependants;
import org.talkstracker.round.RoundFacts;
import org.talkstracker.source.SourceDependants;

/**
 * Statements, as they refer to the round they are about (which they keep from being
 * deleted), their process, the party and person who made them, and their sources.
 */
@Component
@Order(5)
class StatementReferences implements RoundFacts, ProcessDependants, PersonDependants, SourceDependants {

	private final StatementRepository statements;

	StatementReferences(StatementRepository statements) {
		this.statements = statements;
	}

	@Override
	public List<FactName> unsourced(long round) {
		return this.statements.findUnsourcedAbout(round);
	}

	@Override
	public List<FactName> dependants(long round) {
		return this.statements.findNamesAbout(round);
	}

	@Override
	public List<FactName> ofProcess(long process) {
		return this.statements.findNamesInProcess(process);
	}

	@Override
	public List<FactName> ofParty(long party) {
		return this.statements.findNamesByParty(party);
	}

	@Override
	public List<FactName> of(long person) {
		return this.statements.findNamesBySpeaker(person);
	}

	@Override
	public List<FactName> citing(long source) {
		return this.statements.findNamesCiting(source);
	}

}
