package org.talkstracker.home;

import java.util.List;

import org.talkstracker.exchange.ExchangeTotal;
import org.talkstracker.process.ProcessListing;
import org.talkstracker.round.RoundListing;

/**
 * What the home page shows: the processes, the latest and the next round (either may be
 * missing), and the headline figures of the exchanges.
 */
record HomePage(List<ProcessListing> processes, RoundListing latestRound, RoundListing nextRound,
		List<ExchangeTotal> exchangeTotals) {
}
