package org.talkstracker.round;

import java.util.stream.Stream;

/**
 * A fact recorded about a round: a delegation and its members, a third party, a proposal,
 * an exchange and its stages, a memorandum delivered there and its clauses, a statement
 * about it. An entity that is one lists {@link RoundChanges} among its entity listeners,
 * so that inserting, changing (its citations included) or deleting it changes its rounds'
 * facts, whoever writes it.
 */
public interface RoundFact {

	/**
	 * The rounds whose facts this is: its round (none for a fact of no round), and the
	 * round it belonged to when loaded, if it was moved to another since.
	 */
	Stream<Round> rounds();

}
