package org.talkstracker.timeline;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.talkstracker.web.PagerPaths;

/**
 * The timeline: filters in the URL ({@code ?process=…&kind=round&kind=event&from=2025}),
 * and the page in it as the entry it starts after or before
 * ({@code ?after=2025-06-02.round.42}), so any view of it can be linked and paging costs
 * the same on the last page as on the first.
 */
@Controller
class TimelineController {

	private final Timelines timelines;

	TimelineController(Timelines timelines) {
		this.timelines = timelines;
	}

	@GetMapping("/timeline")
	String show(@RequestParam(required = false) @Size(max = 120) String process,
			@RequestParam(name = "kind", required = false) List<TimelineKind> kinds,
			@RequestParam(required = false) @Min(1900) @Max(2200) Integer from,
			@RequestParam(required = false) TimelinePosition after,
			@RequestParam(required = false) TimelinePosition before, HttpServletRequest request, Model model) {
		Timeline timeline = this.timelines.of(TimelineFilter.of(process, kinds, from), (after != null) ? after : before,
				after != null || before == null);
		String here = PagerPaths.without(request, "after", "before", "from");
		model.addAttribute("timeline", timeline);
		model.addAttribute("kinds", TimelineKind.values());
		model.addAttribute("earlier",
				(timeline.earlier() != null) ? PagerPaths.with(here, "before", timeline.earlier()) : null);
		model.addAttribute("later",
				(timeline.later() != null) ? PagerPaths.with(here, "after", timeline.later()) : null);
		return "timeline/list";
	}

}
