package org.talkstracker.opendata;

import java.util.Locale;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;
import org.talkstracker.summary.MarkdownText;

/**
 * A codebook as Markdown, for the {@code codebook.md} of each data package: the template
 * {@code opendata/codebook.md} (Thymeleaf's TEXT mode) lays it out, every value passing
 * through {@link MarkdownText}. In English, as the descriptor is.
 */
@Component
class Codebooks {

	static final String TEMPLATE = "opendata/codebook.md";

	private static final MarkdownText MARKDOWN = new MarkdownText();

	private final ITemplateEngine templates;

	Codebooks(ITemplateEngine templates) {
		this.templates = templates;
	}

	String markdown(Codebook codebook) {
		Context context = new Context(Locale.ENGLISH);
		context.setVariable("codebook", codebook);
		context.setVariable("md", MARKDOWN);
		return this.templates.process(TEMPLATE, context);
	}

}
