package org.talkstracker.history;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The history of a round for editors: every change, who made it and when. */
@Controller
class RoundHistoryController {

	private final RoundHistory history;

	RoundHistoryController(RoundHistory history) {
		this.history = history;
	}

	@GetMapping("/admin/rounds/{slug}/history")
	String history(@PathVariable String slug, Model model) {
		model.addAttribute("slug", slug);
		model.addAttribute("changes", this.history.of(slug));
		return "history/round";
	}

}
