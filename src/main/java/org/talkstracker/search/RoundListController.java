package org.talkstracker.search;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
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
	String list(@Valid @ModelAttribute RoundFilterForm form,
			@RequestParam(defaultValue = "1") @Min(1) @Max(100_000) int page, HttpServletRequest request, Locale locale,
			Model model) {
		RoundFilter filter = RoundFilter.of(form);
		FilterChoices.Options options = this.choices.options();
		options.requireKnown(filter.process(), filter.party());
		model.addAttribute("rounds", this.finder.find(filter, PageRequest.of(page - 1, PAGE_SIZE)));
		model.addAttribute("filter", filter);
		model.addAttribute("q", (form.q() != null) ? form.q().strip() : "");
		model.addAttribute("options", options.in(locale));
		model.addAttribute("pageUrl", PagerPaths.without(request, "page"));
		return "round/list";
	}

}
