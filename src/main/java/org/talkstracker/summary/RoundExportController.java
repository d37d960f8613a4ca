package org.talkstracker.summary;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.thymeleaf.ITemplateEngine;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.talkstracker.datafile.DataFileWriter;
import org.talkstracker.release.RoundRelease;
import org.talkstracker.web.ConcurrencyLimit;
import org.talkstracker.web.DataLicence;

/**
 * A round's summary to download, in four formats rendered from the one
 * {@link RoundSummary} (or, for JSON, the data file of the round). Each is rendered whole
 * before anything is sent, so a failure is an error response, never a truncated file. PDF
 * renderings take turns ({@link ConcurrencyLimit}).
 */
@Controller
class RoundExportController {

	static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final RoundSummaries summaries;

	private final DataFileWriter dataFiles;

	private final MessageSource messages;

	private final RoundCitations citations;

	private final ReleasedSummaries released;

	private final ConcurrencyLimit pdfRenderings;

	private final ITemplateEngine templates;

	private final DataLicence licence;

	RoundExportController(RoundSummaries summaries, DataFileWriter dataFiles, MessageSource messages,
			RoundCitations citations, ReleasedSummaries released, ConcurrencyLimit pdfRenderings,
			ITemplateEngine templates, DataLicence licence) {
		this.summaries = summaries;
		this.dataFiles = dataFiles;
		this.messages = messages;
		this.citations = citations;
		this.released = released;
		this.pdfRenderings = pdfRenderings;
		this.templates = templates;
		this.licence = licence;
	}

	@GetMapping({ "/rounds/{slug}/summary.md", "/rounds/{slug}/releases/{number}/summary.md" })
	ResponseEntity<String> markdown(@PathVariable String slug, @PathVariable(required = false) Integer number) {
		Shown shown = shown(slug, number);
		return download(shown, "md", MARKDOWN,
				new MarkdownSummary(this.templates, text(), this.licence).render(shown.summary(), shown.citation()));
	}

	@GetMapping({ "/rounds/{slug}/summary.pdf", "/rounds/{slug}/releases/{number}/summary.pdf" })
	ResponseEntity<byte[]> pdf(@PathVariable String slug, @PathVariable(required = false) Integer number) {
		Shown shown = shown(slug, number);
		try (ConcurrencyLimit.Turn turn = this.pdfRenderings.await()) {
			return download(shown, "pdf", MediaType.APPLICATION_PDF,
					new PdfSummary(this.templates, text(), this.licence).render(shown.summary(), shown.citation()));
		}
	}

	@GetMapping({ "/rounds/{slug}/summary.csv", "/rounds/{slug}/releases/{number}/summary.csv" })
	ResponseEntity<String> csv(@PathVariable String slug, @PathVariable(required = false) Integer number) {
		Shown shown = shown(slug, number);
		StringWriter csv = new StringWriter();
		new CsvSummary(this.licence).write(shown.summary(), shown.citation(),
				text().citation(shown.summary().header(), shown.citation()), text().get("licence.quotes"), csv);
		return download(shown, "csv", CSV, csv.toString());
	}

	/**
	 * The round in the project's data file format, which has no field for a citation: the
	 * Link header carries it. A release's is the file the release keeps, byte for byte
	 * (its SHA-256 is the release's).
	 */
	@GetMapping("/rounds/{slug}/summary.json")
	ResponseEntity<byte[]> json(@PathVariable String slug) {
		byte[] file = this.dataFiles.round(slug).orElseThrow(() -> this.summaries.unavailable(slug));
		return download(slug, this.citations.current(slug), "json", MediaType.APPLICATION_JSON, file);
	}

	@GetMapping("/rounds/{slug}/releases/{number}/summary.json")
	ResponseEntity<byte[]> releasedJson(@PathVariable String slug, @PathVariable int number) {
		RoundRelease release = this.released.release(slug, number);
		return download(slug + "-release-" + number, this.citations.release(slug, number), "json",
				MediaType.APPLICATION_JSON, release.getDataFile().getBytes(StandardCharsets.UTF_8));
	}

	private ExportText text() {
		return new ExportText(this.messages, LocaleContextHolder.getLocale());
	}

	/** The round as readers see it now, or as release {@code number} kept it. */
	private Shown shown(String slug, Integer number) {
		if (number == null) {
			return new Shown(slug, this.summaries.of(slug), this.citations.current(slug));
		}
		RoundRelease release = this.released.release(slug, number);
		return new Shown(slug + "-release-" + number, this.released.of(release), this.citations.release(slug, number));
	}

	/** What a download shows, the name of its file, and how to cite it. */
	private record Shown(String name, RoundSummary summary, SummaryCitation citation) {
	}

	private static <T> ResponseEntity<T> download(Shown shown, String extension, MediaType type, T body) {
		return download(shown.name(), shown.citation(), extension, type, body);
	}

	/**
	 * A file named after the round, with its permanent address as the one to cite (RFC
	 * 8574).
	 */
	private static <T> ResponseEntity<T> download(String name, SummaryCitation citation, String extension,
			MediaType type, T body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + "." + extension).build().toString())
			.header(HttpHeaders.LINK, "<" + citation.permalink() + ">; rel=\"cite-as\"")
			.body(body);
	}

}
