package org.talkstracker.summary;

/**
 * How many SQL statements the round page runs, whatever the size of the round: the round
 * with its process and sources, delegations with members, delegation sources, members'
 * sources, third parties, proposals, agreements, stages, reported totals, memoranda,
 * clauses, statements, disputing statements, the translations of their texts, and the
 * neighbouring rounds; and the release readers see (with its latest correction), which
 * the page names and its downloads cite.
 */
final class RoundPageStatements {

	static final long EXPECTED = 16;

	private RoundPageStatements() {
	}

}
