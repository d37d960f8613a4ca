package org.talkstracker.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final HomePages pages;

	HomeController(HomePages pages) {
		this.pages = pages;
	}

	@GetMapping("/")
	String home(Model model) {
		HomePage page = this.pages.today();
		model.addAttribute("processes", page.processes());
		model.addAttribute("latestRound", page.latestRound());
		model.addAttribute("nextRound", page.nextRound());
		model.addAttribute("exchangeTotals", page.exchangeTotals());
		return "home";
	}

}
