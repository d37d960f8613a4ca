package org.talkstracker.summary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.io.ClassPathResource;

import org.talkstracker.web.DataLicence;

/**
 * A round as an A4 PDF with numbered pages: the same sections as its page, laid out from
 * XHTML by openhtmltopdf, in DejaVu Sans embedded as a subset so Cyrillic, Ukrainian and
 * Turkish names (Умєров, Мединский, Çırağan) show and can be selected and searched as
 * text. The template {@code round/pdf.html} lays it out, with the round page's fragments
 * where the two say the same.
 */
public class PdfSummary {

	static final String TEMPLATE = "round/pdf";

	static final String FONT_FAMILY = "DejaVu Sans";

	static {
		XRLog.setLoggerImpl(new PdfLog());
	}

	private final ITemplateEngine templates;

	private final ExportText text;

	private final DataLicence licence;

	public PdfSummary(ITemplateEngine templates, ExportText text, DataLicence licence) {
		this.templates = templates;
		this.text = text;
		this.licence = licence;
	}

	public byte[] render(RoundSummary summary, SummaryCitation citation) {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useFont(() -> font("fonts/DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
		builder.withHtmlContent(xhtml(summary, citation), citation.permalink());
		builder.toStream(pdf);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not lay out the PDF of round " + summary.header().slug(), ex);
		}
		return pdf.toByteArray();
	}

	private static InputStream font(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The font " + path + " is missing from the classpath", ex);
		}
	}

	String xhtml(RoundSummary summary, SummaryCitation citation) {
		Context context = new Context(this.text.locale());
		context.setVariable("summary", summary);
		context.setVariable("citation", citation);
		context.setVariable("text", this.text);
		context.setVariable("licence", this.licence);
		context.setVariable("font", FONT_FAMILY);
		return this.templates.process(TEMPLATE, context);
	}

}
