package org.talkstracker.release;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.talkstracker.memorandum.MemorandumPages;
import org.talkstracker.memorandum.MemorandumPages.MemorandumPage;
import org.talkstracker.web.NotFoundException;

/**
 * A memorandum's page names the release readers see and its last correction; the list of
 * its releases says what each changed; each release is readable, and citable, at its own
 * permanent address, rendered from the data file it kept.
 */
@Controller
class MemorandumReleaseController {

	private final MemorandumPages pages;

	private final MemorandumReleases releases;

	private final ReleasedMemoranda released;

	private final MessageSource messages;

	private final Clock clock;

	MemorandumReleaseController(MemorandumPages pages, MemorandumReleases releases, ReleasedMemoranda released,
			MessageSource messages, Clock clock) {
		this.pages = pages;
		this.releases = releases;
		this.released = released;
		this.messages = messages;
		this.clock = clock;
	}

	/** The memorandum as readers see it now: its latest release. */
	@GetMapping("/memoranda/{slug}")
	String show(@PathVariable String slug, Model model, HttpServletResponse response) {
		model.addAttribute("page", this.pages.show(slug));
		Optional<CurrentRelease> current = this.releases.current(slug);
		current.ifPresent((release) -> model.addAttribute("current", release));
		Citation citation = current.map((release) -> citation(slug, release.number()))
			.orElseGet(() -> new Citation(address("/memoranda/{slug}", slug), today(), null));
		model.addAttribute("citation", citation);
		citeAs(response, citation);
		return "memorandum/show";
	}

	@GetMapping("/memoranda/{slug}/releases")
	String list(@PathVariable String slug, Model model) {
		MemorandumPage page = this.pages.show(slug);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("memorandum", page.memorandum());
		model.addAttribute("releases",
				this.releases.histories(slug)
					.stream()
					.map((history) -> new History(history.release(),
							history.changes().stream().map((change) -> change.render(this.messages, locale)).toList()))
					.toList());
		return "memorandum/releases";
	}

	@GetMapping("/memoranda/{slug}/releases/{number}")
	String release(@PathVariable String slug, @PathVariable int number, Model model, HttpServletResponse response) {
		MemorandumRelease release = visibleRelease(slug, number);
		CurrentRelease current = this.releases.current(slug).orElseThrow();
		Citation citation = citation(slug, number);
		model.addAttribute("page", this.released.of(release));
		model.addAttribute("shown", ReleaseLine.of(release));
		model.addAttribute("current", current);
		model.addAttribute("citation", citation);
		citeAs(response, citation);
		return "memorandum/show";
	}

	/**
	 * The memorandum as release {@code number} kept it, in the project's data file
	 * format: the stored file, byte for byte (its SHA-256 is the release's).
	 */
	@GetMapping("/memoranda/{slug}/releases/{number}/data.json")
	ResponseEntity<byte[]> dataFile(@PathVariable String slug, @PathVariable int number) {
		MemorandumRelease release = visibleRelease(slug, number);
		Citation citation = citation(slug, number);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(slug + "-release-" + number + ".json").build().toString())
			.header(HttpHeaders.LINK, "<" + citation.permalink() + ">; rel=\"cite-as\"")
			.body(release.getDataFile().getBytes(StandardCharsets.UTF_8));
	}

	/** A release of a memorandum readers may see (of no round, or of a published one). */
	private MemorandumRelease visibleRelease(String slug, int number) {
		this.pages.show(slug);
		return this.releases.release(slug, number)
			.orElseThrow(() -> new NotFoundException("No release " + number + " of a memorandum '" + slug + "'"));
	}

	private Citation citation(String slug, int number) {
		return new Citation(address("/memoranda/{slug}/releases/{number}", slug, number), today(), number);
	}

	/** The address to cite this page by (RFC 8574). */
	private static void citeAs(HttpServletResponse response, Citation citation) {
		response.setHeader(HttpHeaders.LINK, "<" + citation.permalink() + ">; rel=\"cite-as\"");
	}

	private static String address(String path, Object... variables) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).buildAndExpand(variables).toUriString();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * Where the memorandum's page lives for good (the address of the release shown, or
	 * the page's own before its first release), which release that is, and the day a
	 * reader took this copy of it.
	 */
	record Citation(String permalink, LocalDate retrieved, Integer release) {

		public boolean released() {
			return this.release != null;
		}

	}

	/** One release and what it changed, in the reader's language. */
	record History(ReleaseLine release, List<String> changes) {
	}

}
