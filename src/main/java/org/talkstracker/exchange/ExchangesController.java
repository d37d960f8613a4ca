package org.talkstracker.exchange;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class ExchangesController {

	private final ExchangeOverviews overviews;

	ExchangesController(ExchangeOverviews overviews) {
		this.overviews = overviews;
	}

	@GetMapping("/exchanges")
	String list(Model model) {
		model.addAttribute("overview", this.overviews.overview());
		return "exchange/list";
	}

}
