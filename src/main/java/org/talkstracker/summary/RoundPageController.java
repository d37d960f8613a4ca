package org.talkstracker.summary;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Controller
class RoundPageController {

	private final RoundSummaries summaries;

	private final Clock clock;

	RoundPageController(RoundSummaries summaries, Clock clock) {
		this.summaries = summaries;
		this.clock = clock;
	}

	@GetMapping("/rounds/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("summary", this.summaries.of(slug));
		model.addAttribute("permalink",
				ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).toUriString());
		model.addAttribute("today", LocalDate.now(this.clock));
		return "round/show";
	}

}
