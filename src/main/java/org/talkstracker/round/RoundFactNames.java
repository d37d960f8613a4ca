package org.talkstracker.round;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.talkstracker.editing.FactName;

/**
 * The facts of a round named for editors: the round's own (its delegations and third
 * parties), then each feature's, as the feature answers for them ({@link RoundFacts}).
 */
@Component
public class RoundFactNames {

	private final RoundRepository rounds;

	private final List<RoundFacts> features;

	RoundFactNames(RoundRepository rounds, List<RoundFacts> features) {
		this.rounds = rounds;
		this.features = features;
	}

	/**
	 * Every fact of the round that cites no source: nothing is published until each does.
	 */
	public List<FactName> unsourced(long round) {
		return collect(this.rounds.findUnsourcedFacts(round), (feature) -> feature.unsourced(round));
	}

	/**
	 * Records of other features that refer to the round: they keep it from being deleted.
	 */
	List<FactName> dependants(long round) {
		return collect(List.of(), (feature) -> feature.dependants(round));
	}

	/** What is deleted along with the round. */
	List<FactName> parts(long round) {
		return collect(this.rounds.findParts(round), (feature) -> feature.parts(round));
	}

	private List<FactName> collect(List<FactName> own, Function<RoundFacts, List<FactName>> ofFeature) {
		List<FactName> all = new ArrayList<>(own);
		this.features.forEach((feature) -> all.addAll(ofFeature.apply(feature)));
		return all;
	}

}
