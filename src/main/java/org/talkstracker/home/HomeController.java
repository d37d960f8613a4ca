package org.talkstracker.home;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.talkstracker.exchange.ExchangeTotals;
import org.talkstracker.process.PeaceProcessRepository;
import org.talkstracker.round.RoundRepository;

@Controller
class HomeController {

	private final PeaceProcessRepository processes;

	private final RoundRepository rounds;

	private final ExchangeTotals exchangeTotals;

	private final Clock clock;

	HomeController(PeaceProcessRepository processes, RoundRepository rounds, ExchangeTotals exchangeTotals,
			Clock clock) {
		this.processes = processes;
		this.rounds = rounds;
		this.exchangeTotals = exchangeTotals;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("processes", this.processes.findAllByOrderByName());
		model.addAttribute("latestRound", this.rounds.findLatestHeld().orElse(null));
		model.addAttribute("nextRound", this.rounds.findNextScheduled(LocalDate.now(this.clock)).orElse(null));
		model.addAttribute("exchangeTotals", this.exchangeTotals.byKind());
		return "home";
	}

}
