package org.talkstracker.summary;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.talkstracker.citation.CitationFormat;
import org.talkstracker.citation.CitedRelease;
import org.talkstracker.release.RoundRelease;
import org.talkstracker.release.RoundReleases;

/**
 * "Cite this": a release of a round (the latest, or release {@code n}) as plain text,
 * BibTeX, RIS or CSL-JSON, naming the release and its permanent address, which the
 * {@code Link} header gives too.
 */
@Controller
class RoundCitationController {

	private final RoundSummaries summaries;

	private final RoundReleases releases;

	private final ReleasedSummaries released;

	private final RoundCitations citations;

	private final MessageSource messages;

	private final Clock clock;

	RoundCitationController(RoundSummaries summaries, RoundReleases releases, ReleasedSummaries released,
			RoundCitations citations, MessageSource messages, Clock clock) {
		this.summaries = summaries;
		this.releases = releases;
		this.released = released;
		this.citations = citations;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping({ "/rounds/{slug}/cite.{format}", "/rounds/{slug}/releases/{number}/cite.{format}" })
	ResponseEntity<String> cite(@PathVariable String slug, @PathVariable(required = false) Integer number,
			@PathVariable String format) {
		CitationFormat citationFormat = CitationFormat.forExtension(format)
			.orElseThrow(() -> new RoundNotFoundException(slug));
		RoundRelease release = (number != null) ? this.released.release(slug, number) : latest(slug);
		RoundSummary.Header round = this.released.of(release).header();
		SummaryCitation citation = this.citations.release(slug, release.getNumber());
		Locale locale = LocaleContextHolder.getLocale();
		String title = this.messages.getMessage("round.name",
				new Object[] { round.number(), round.processName().textIn(locale) }, locale)
				+ ((round.city() != null) ? ", " + round.city().textIn(locale) : "");
		CitedRelease cited = new CitedRelease(
				this.messages.getMessage("site.name", null, LocaleContextHolder.getLocale()), slug, title,
				round.processName().textIn(locale), round.heldOn(), release.getNumber(),
				LocalDate.ofInstant(release.getReleasedAt(), this.clock.getZone()), URI.create(citation.permalink()),
				citation.retrieved());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(citationFormat.mediaType()))
			.header(HttpHeaders.LINK, "<" + citation.permalink() + ">; rel=\"cite-as\"")
			.body(citationFormat.render(cited));
	}

	private RoundRelease latest(String slug) {
		this.summaries.requirePublished(slug);
		return this.releases.latest(slug).orElseThrow(() -> new RoundNotFoundException(slug));
	}

}
