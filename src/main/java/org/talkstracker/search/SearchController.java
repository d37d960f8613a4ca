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
import org.talkstracker.web.PagerPaths;

@Controller
class SearchController {

	private final NameSpellings spellings;

	private final SearchHits hits;

	SearchController(NameSpellings spellings, SearchHits hits) {
		this.spellings = spellings;
		this.hits = hits;
	}

	@GetMapping("/search")
	String search(@RequestParam(defaultValue = "") @Size(max = 200) String q,
			@RequestParam(defaultValue = "1") @Min(1) @Max(10_000) int page, HttpServletRequest request, Model model) {
		SearchTerms terms = SearchTerms.of(q);
		model.addAttribute("q", q.strip());
		model.addAttribute("searched", !terms.isEmpty());
		if (!terms.isEmpty()) {
			NameSpellings.Match names = this.spellings.find(terms);
			SearchHits.Results results = this.hits.search(terms.tsquery(names.alternatives()), names,
					PageRequest.of(page - 1, RoundListController.PAGE_SIZE));
			model.addAttribute("hits", results.hits());
			model.addAttribute("more", results.more());
			model.addAttribute("ranked", SearchHits.MOST_RECENT);
			model.addAttribute("pageUrl", PagerPaths.without(request, "page"));
		}
		return "search/results";
	}

}
