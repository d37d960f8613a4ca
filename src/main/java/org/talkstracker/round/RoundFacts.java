package org.talkstracker.round;

import java.util.List;

import org.springframework.core.Ordered;
import org.talkstracker.editing.FactName;

/**
 * What a feature keeps about a round, named for editors: each feature that records facts
 * of a round (proposals, exchanges, memoranda, statements) answers for its own tables,
 * and the round's editor asks them all ({@link RoundFactNames}), in their {@code @Order}:
 * the order the round's page shows them in.
 */
public interface RoundFacts extends Ordered {

	/**
	 * The feature's facts of the round that cite no source: they keep it from being
	 * published.
	 */
	default List<FactName> unsourced(long round) {
		return List.of();
	}

	/**
	 * The feature's records that refer to the round but are not part of it: they keep it
	 * from being deleted.
	 */
	default List<FactName> dependants(long round) {
		return List.of();
	}

	/** The feature's facts of the round that are deleted along with it. */
	default List<FactName> parts(long round) {
		return List.of();
	}

}
