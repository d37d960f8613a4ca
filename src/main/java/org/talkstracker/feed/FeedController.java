package org.talkstracker.feed;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.talkstracker.summary.ExportText;
import org.talkstracker.text.TextLanguage;
import org.talkstracker.web.Language;

/** The Atom feed of published rounds and the calendar of rounds, one statement each. */
@Controller
class FeedController {

	/** Entries in the feed: the rounds that changed most recently. */
	static final int FEED_SIZE = 50;

	/** Events in the calendar: enough for every round of many processes. */
	static final int CALENDAR_SIZE = 1000;

	static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final FeedRounds rounds;

	private final MessageSource messages;

	FeedController(FeedRounds rounds, MessageSource messages) {
		this.rounds = rounds;
		this.messages = messages;
	}

	@GetMapping("/feed.atom")
	ResponseEntity<String> feed(HttpServletRequest request) {
		String atom = new AtomFeed(text()).render(this.rounds.releases(FEED_SIZE, language()), base(request));
		return ResponseEntity.ok().contentType(ATOM).body(atom);
	}

	@GetMapping("/rounds.ics")
	ResponseEntity<String> calendar(HttpServletRequest request) {
		String ics = new RoundCalendar(text()).render(this.rounds.latest(CALENDAR_SIZE, language()), base(request));
		return ResponseEntity.ok().contentType(CALENDAR).body(ics);
	}

	private ExportText text() {
		return new ExportText(this.messages, LocaleContextHolder.getLocale());
	}

	private static TextLanguage language() {
		return TextLanguage.of(LocaleContextHolder.getLocale()).orElse(TextLanguage.EN);
	}

	/**
	 * The site's address in the reader's language ({@code …/uk} for Ukrainian), so that
	 * the feed and the calendar lead to the pages in the language they are written in.
	 */
	private static String base(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
				+ Language.of(request).prefix();
	}

}
