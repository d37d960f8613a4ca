package org.talkstracker.summary;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.talkstracker.release.CurrentRelease;
import org.talkstracker.web.JsonLd;

/** The round page readers see: its latest release, which the page names. */
@Controller
class RoundPageController {

	private final RoundPages pages;

	private final RoundCitations citations;

	private final MessageSource messages;

	RoundPageController(RoundPages pages, RoundCitations citations, MessageSource messages) {
		this.pages = pages;
		this.citations = citations;
		this.messages = messages;
	}

	@GetMapping("/rounds/{slug}")
	String show(@PathVariable String slug, Model model, HttpServletResponse response) {
		RoundPages.RoundPage page = this.pages.of(slug);
		RoundSummary summary = page.summary();
		model.addAttribute("summary", summary);
		Optional<CurrentRelease> current = page.current();
		SummaryCitation citation = this.citations.current(slug, current);
		model.addAttribute("citation", citation);
		current.ifPresent((release) -> model.addAttribute("current", release));
		String name = this.messages.getMessage("round.name",
				new Object[] { summary.header().number(),
						summary.header().processName().textIn(LocaleContextHolder.getLocale()) },
				LocaleContextHolder.getLocale());
		model.addAttribute("jsonLd", JsonLd.script(RoundJsonLd.event(summary, current, name, citation.permalink(),
				RoundCitations.address(""), LocaleContextHolder.getLocale())));
		citeAs(response, citation);
		return "round/show";
	}

	/** The address to cite this page by (RFC 8574), as every download of it says too. */
	static void citeAs(HttpServletResponse response, SummaryCitation citation) {
		response.setHeader(HttpHeaders.LINK, "<" + citation.permalink() + ">; rel=\"cite-as\"");
	}

}
