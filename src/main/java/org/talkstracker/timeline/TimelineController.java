package org.talkstracker.timeline;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The timeline: filters in the URL ({@code ?process=…&kind=round&kind=event}), so any view of it can be linked. */
@Controller
class TimelineController {

	private final Timelines timelines;

	TimelineController(Timelines timelines) {
		this.timelines = timelines;
	}

	@GetMapping("/timeline")
	String show(@RequestParam(required = false) @Size(max = 120) String process,
			@RequestParam(name = "kind", required = false) List<TimelineKind> kinds, Model model) {
		model.addAttribute("timeline", this.timelines.of(TimelineFilter.of(process, kinds)));
		model.addAttribute("kinds", TimelineKind.values());
		return "timeline/list";
	}

}
