package org.talkstracker.summary;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.talkstracker.release.CurrentRelease;
import org.talkstracker.release.RoundReleases;

/** The round page readers see: its latest release, which the page names. */
@Controller
class RoundPageController {

	private final RoundSummaries summaries;

	private final RoundReleases releases;

	private final RoundCitations citations;

	RoundPageController(RoundSummaries summaries, RoundReleases releases, RoundCitations citations) {
		this.summaries = summaries;
		this.releases = releases;
		this.citations = citations;
	}

	@GetMapping("/rounds/{slug}")
	String show(@PathVariable String slug, Model model, HttpServletResponse response) {
		model.addAttribute("summary", this.summaries.of(slug));
		Optional<CurrentRelease> current = this.releases.current(slug);
		SummaryCitation citation = this.citations.current(slug, current);
		model.addAttribute("citation", citation);
		current.ifPresent((release) -> model.addAttribute("current", release));
		citeAs(response, citation);
		return "round/show";
	}

	/** The address to cite this page by (RFC 8574), as every download of it says too. */
	static void citeAs(HttpServletResponse response, SummaryCitation citation) {
		response.setHeader(HttpHeaders.LINK, "<" + citation.permalink() + ">; rel=\"cite-as\"");
	}

}
