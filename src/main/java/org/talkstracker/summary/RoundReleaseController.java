package org.talkstracker.summary;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.talkstracker.release.CurrentRelease;
import org.talkstracker.release.ReleaseLine;
import org.talkstracker.release.RoundRelease;
import org.talkstracker.release.RoundReleases;

/**
 * A published round's releases: the list of them with what each changed, and each one as
 * readers saw it, citable by its own permanent address.
 */
@Controller
class RoundReleaseController {

	private final RoundSummaries summaries;

	private final RoundReleases releases;

	private final ReleasedSummaries released;

	private final RoundCitations citations;

	private final ReleaseHistories histories;

	RoundReleaseController(RoundSummaries summaries, RoundReleases releases, ReleasedSummaries released,
			RoundCitations citations, ReleaseHistories histories) {
		this.summaries = summaries;
		this.releases = releases;
		this.released = released;
		this.citations = citations;
		this.histories = histories;
	}

	@GetMapping("/rounds/{slug}/releases")
	String list(@PathVariable String slug, Model model) {
		model.addAttribute("round", this.summaries.of(slug).header());
		model.addAttribute("releases", this.histories.of(slug));
		return "round/releases";
	}

	@GetMapping("/rounds/{slug}/releases/{number}")
	String show(@PathVariable String slug, @PathVariable int number, Model model, HttpServletResponse response) {
		RoundRelease release = this.released.release(slug, number);
		CurrentRelease current = this.releases.current(slug).orElseThrow(() -> new RoundNotFoundException(slug));
		SummaryCitation citation = this.citations.release(slug, number);
		model.addAttribute("summary", this.released.of(release));
		model.addAttribute("citation", citation);
		model.addAttribute("shown", ReleaseLine.of(release));
		model.addAttribute("current", current);
		RoundPageController.citeAs(response, citation);
		return "round/show";
	}

}
