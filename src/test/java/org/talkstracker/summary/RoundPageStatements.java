package org.talkstracker.summary;

/**
 * How many SQL statements the round page runs, whatever the size of the round: the round
 * with its process, delegations with members, third parties, proposals, agreements with
 * their stages, reported totals, memoranda with their clauses, statements (with those
 * they dispute and those disputing them), the translations of their texts, the sources
 * all of them cite, and the neighbouring rounds; and the release readers see (with its
 * latest correction), which the page names and its downloads cite.
 */
final class RoundPageStatements {

	static final long EXPECTED = 12;

	/** The page's own: the same, after letting PostgreSQL keep their plans. */
	static final long PAGE = EXPECTED + 1;

	private RoundPageStatements() {
	}

}
