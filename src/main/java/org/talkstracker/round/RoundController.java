package org.talkstracker.round;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class RoundController {

	static final int PAGE_SIZE = 20;

	private final RoundRepository rounds;

	RoundController(RoundRepository rounds) {
		this.rounds = rounds;
	}

	/** Published rounds, newest first; pages are numbered from 1 in URLs. */
	@GetMapping("/rounds")
	String list(@RequestParam(defaultValue = "1") @Min(1) @Max(100_000) int page, Model model) {
		model.addAttribute("rounds", this.rounds.findPublished(PageRequest.of(page - 1, PAGE_SIZE)));
		return "round/list";
	}

}
