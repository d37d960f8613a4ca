package org.talkstracker.summary;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.talkstracker.datafile.DataFileWriter;
import org.talkstracker.web.ConcurrencyLimit;

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

	private final Clock clock;

	private final ConcurrencyLimit pdfRenderings;

	private final ITemplateEngine templates;

	RoundExportController(RoundSummaries summaries, DataFileWriter dataFiles, MessageSource messages, Clock clock,
			ConcurrencyLimit pdfRenderings, ITemplateEngine templates) {
		this.summaries = summaries;
		this.dataFiles = dataFiles;
		this.messages = messages;
		this.clock = clock;
		this.pdfRenderings = pdfRenderings;
		this.templates = templates;
	}

	@GetMapping("/rounds/{slug}/summary.md")
	ResponseEntity<String> markdown(@PathVariable String slug) {
		RoundSummary summary = this.summaries.of(slug);
		SummaryCitation citation = citation(slug);
		return download(slug, citation, "md", MARKDOWN,
				new MarkdownSummary(this.templates, text()).render(summary, citation));
	}

	@GetMapping("/rounds/{slug}/summary.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String slug) {
		RoundSummary summary = this.summaries.of(slug);
		SummaryCitation citation = citation(slug);
		try (ConcurrencyLimit.Turn turn = this.pdfRenderings.await()) {
			return download(slug, citation, "pdf", MediaType.APPLICATION_PDF,
					new PdfSummary(this.templates, text()).render(summary, citation));
		}
	}

	@GetMapping("/rounds/{slug}/summary.csv")
	ResponseEntity<String> csv(@PathVariable String slug) {
		RoundSummary summary = this.summaries.of(slug);
		SummaryCitation citation = citation(slug);
		StringWriter csv = new StringWriter();
		new CsvSummary().write(summary, citation, text().citation(summary.header(), citation), csv);
		return download(slug, citation, "csv", CSV, csv.toString());
	}

	/**
	 * The round in the project's data file format, which has no field for a citation: the
	 * Link header carries it.
	 */
	@GetMapping("/rounds/{slug}/summary.json")
	ResponseEntity<byte[]> json(@PathVariable String slug) {
		byte[] file = this.dataFiles.round(slug).orElseThrow(() -> this.summaries.unavailable(slug));
		return download(slug, citation(slug), "json", MediaType.APPLICATION_JSON, file);
	}

	private ExportText text() {
		return new ExportText(this.messages, LocaleContextHolder.getLocale());
	}

	private SummaryCitation citation(String slug) {
		String permalink = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/rounds/{slug}")
			.buildAndExpand(slug)
			.toUriString();
		return new SummaryCitation(permalink, LocalDate.now(this.clock));
	}

	/**
	 * A file named after the round, with its permanent address as the one to cite (RFC
	 * 8574).
	 */
	private static <T> ResponseEntity<T> download(String slug, SummaryCitation citation, String extension,
			MediaType type, T body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(slug + "." + extension).build().toString())
			.header(HttpHeaders.LINK, "<" + citation.permalink() + ">; rel=\"cite-as\"")
			.body(body);
	}

}
