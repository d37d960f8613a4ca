package org.talkstracker.exchange;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ExchangesController {

	private final ExchangeOverviews overviews;

	ExchangesController(ExchangeOverviews overviews) {
		this.overviews = overviews;
	}

	@GetMapping("/exchanges")
	String list(@RequestParam(defaultValue = "1") @Min(1) @Max(100_000) int page, Model model) {
		model.addAttribute("overview", this.overviews.overview(PageRequest.of(page - 1, ExchangeOverviews.PAGE_SIZE)));
		return "exchange/list";
	}

}
