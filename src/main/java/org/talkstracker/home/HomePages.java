package org.talkstracker.home;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.exchange.ExchangeTotals;
import org.talkstracker.process.ProcessListings;
import org.talkstracker.round.RoundHeadlines;

/**
 * Reads the {@link HomePage} in one read-only transaction: its three statements share one
 * connection and one commit.
 */
@Service
class HomePages {

	private final ProcessListings processes;

	private final RoundHeadlines rounds;

	private final ExchangeTotals exchangeTotals;

	private final Clock clock;

	HomePages(ProcessListings processes, RoundHeadlines rounds, ExchangeTotals exchangeTotals, Clock clock) {
		this.processes = processes;
		this.rounds = rounds;
		this.exchangeTotals = exchangeTotals;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public HomePage today() {
		RoundHeadlines.Headlines headlines = this.rounds.asOf(LocalDate.now(this.clock));
		return new HomePage(this.processes.byName(), headlines.latest(), headlines.next(),
				this.exchangeTotals.byKind());
	}

}
