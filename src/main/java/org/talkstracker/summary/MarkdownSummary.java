package org.talkstracker.summary;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.talkstracker.web.DataLicence;

/**
 * A round as Markdown (CommonMark with GitHub's tables and footnotes) that reads as well
 * in a text editor as rendered: headings per section, tables for delegations and
 * exchanges, sources as numbered footnotes {@code [^1]}. The template
 * {@code round/summary.md} lays it out, in Thymeleaf's TEXT mode, with every value passed
 * through {@link MarkdownText}.
 */
public class MarkdownSummary {

	static final String TEMPLATE = "round/summary.md";

	private static final MarkdownText MARKDOWN = new MarkdownText();

	private final ITemplateEngine templates;

	private final ExportText text;

	private final DataLicence licence;

	public MarkdownSummary(ITemplateEngine templates, ExportText text, DataLicence licence) {
		this.templates = templates;
		this.text = text;
		this.licence = licence;
	}

	public String render(RoundSummary summary, SummaryCitation citation) {
		Context context = new Context(this.text.locale());
		context.setVariable("summary", summary);
		context.setVariable("citation", citation);
		context.setVariable("text", this.text);
		context.setVariable("licence", this.licence);
		context.setVariable("md", MARKDOWN);
		return this.templates.process(TEMPLATE, context);
	}

}
