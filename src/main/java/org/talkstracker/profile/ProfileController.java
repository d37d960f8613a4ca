package org.talkstracker.profile;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.talkstracker.web.PagerPaths;

@Controller
class ProfileController {

	private final PartyProfiles parties;

	private final PersonProfiles people;

	ProfileController(PartyProfiles parties, PersonProfiles people) {
		this.parties = parties;
		this.people = people;
	}

	@GetMapping("/parties/{slug}")
	String party(@PathVariable String slug, @RequestParam(defaultValue = "1") @Min(1) @Max(100_000) int rounds,
			@RequestParam(defaultValue = "1") @Min(1) @Max(100_000) int proposals,
			@RequestParam(defaultValue = "1") @Min(1) @Max(100_000) int memoranda,
			@RequestParam(defaultValue = "1") @Min(1) @Max(100_000) int statements, HttpServletRequest request,
			Model model) {
		model.addAttribute("profile",
				this.parties.of(slug, new ProfilePages(rounds, proposals, memoranda, statements)));
		pagerPaths(request, model, "rounds", "proposals", "memoranda", "statements");
		return "profile/party";
	}

	@GetMapping("/people/{slug}")
	String person(@PathVariable String slug, @RequestParam(defaultValue = "1") @Min(1) @Max(100_000) int rounds,
			@RequestParam(defaultValue = "1") @Min(1) @Max(100_000) int statements, HttpServletRequest request,
			Model model) {
		model.addAttribute("profile", this.people.of(slug, new ProfilePages(rounds, 1, 1, statements)));
		pagerPaths(request, model, "rounds", "statements");
		return "profile/person";
	}

	/**
	 * For each list, this page's address without that list's page: its pager's links add
	 * it.
	 */
	private static void pagerPaths(HttpServletRequest request, Model model, String... lists) {
		for (String list : lists) {
			model.addAttribute(list + "Path", PagerPaths.without(request, list));
		}
	}

}
