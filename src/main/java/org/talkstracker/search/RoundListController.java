package org.talkstracker.search;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.talkstracker.round.RoundStatus;
import org.talkstracker.web.PagerPaths;

/**
 * The rounds list: filters and search words in the URL, so any view of it can be linked.
 */
@Controller
class RoundListController {

	static final int PAGE_SIZE = 20;

	private final RoundFinder finder;

	private final FilterChoices choices;

	RoundListController(RoundFinder finder, FilterChoices choices) {
		this.finder = finder;
		this.choices = choices;
	}

	@GetMapping("/rounds")
	String list(@RequestParam(required = false) @Size(max = 120) String process,
			@RequestParam(required = false) @Min(1900) @Max(2200) Integer year,
			@RequestParam(required = false) RoundStatus status,
			@RequestParam(required = false) @Size(max = 120) String party,
			@RequestParam(required = false) @Size(max = 200) String venue,
			@RequestParam(required = false) @Size(max = 200) String q, @RequestParam(required = false) RoundOrder sort,
			@RequestParam(defaultValue = "1") @Min(1) @Max(100_000) int page, HttpServletRequest request, Model model) {
		RoundFilter filter = RoundFilter.of(process, year, status, party, venue, q, sort);
		FilterChoices.Options options = this.choices.options();
		options.requireKnown(filter.process(), filter.party());
		model.addAttribute("rounds", this.finder.find(filter, PageRequest.of(page - 1, PAGE_SIZE)));
		model.addAttribute("filter", filter);
		model.addAttribute("q", (q != null) ? q.strip() : "");
		model.addAttribute("options", options);
		model.addAttribute("pageUrl", PagerPaths.without(request, "page"));
		return "round/list";
	}

}
