package org.talkstracker.summary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import org.springframework.core.io.ClassPathResource;
import org.springframework.web.util.HtmlUtils;
import org.talkstracker.summary.RoundSummary.ExchangeView;
import org.talkstracker.summary.RoundSummary.Header;
import org.talkstracker.summary.RoundSummary.SideProgress;

/**
 * A round as an A4 PDF with numbered pages: the same sections as its page, laid out from XHTML by
 * openhtmltopdf, in DejaVu Sans embedded as a subset so Cyrillic, Ukrainian and Turkish names
 * (Умєров, Мединский, Çırağan) show and can be selected and searched as text.
 */
public class PdfSummary {

	static final String FONT_FAMILY = "DejaVu Sans";

	static {
		XRLog.setLoggerImpl(new PdfLog());
	}

	private final ExportText text;

	public PdfSummary(ExportText text) {
		this.text = text;
	}

	public byte[] render(RoundSummary summary, SummaryCitation citation) {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useFont(() -> font("fonts/DejaVuSans.ttf"), FONT_FAMILY, 400,
				FontStyle.NORMAL, true);
		builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), FONT_FAMILY, 700,
				FontStyle.NORMAL, true);
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
		Header h = summary.header();
		Html html = new Html();
		String title = this.text.get("round.name", h.number(), h.processName());
		html.raw("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"/><title>").text(title)
			.raw("</title><style>").raw(css()).raw("</style></head><body>");
		html.element("p", "process", h.processName());
		html.raw("<h1>").text(this.text.get("round.heading", h.number(), h.city())).cite(h.sources()).raw("</h1>");
		html.raw("<table class=\"facts\">");
		fact(html, "round.date", this.text.longDate(h.heldOn()));
		fact(html, "round.place", (h.venue() != null) ? h.venue() + ", " + h.city() : h.city());
		if (h.durationMinutes() != null) {
			fact(html, "round.duration", this.text.get("round.duration." + h.durationPrecision(), h.durationMinutes()));
		}
		fact(html, "round.status", this.text.label("round.status", h.status()));
		fact(html, "round.updated", this.text.date(h.updatedAt().atZone(ZoneOffset.UTC).toLocalDate()));
		html.raw("</table>");
		html.element("p", "lead", h.summary());
		section(html, "round.outcome", h.outcome());
		section(html, "round.nextSteps", h.nextSteps());

		html.element("h2", null, this.text.get("round.delegations"));
		if (summary.delegations().isEmpty()) {
			html.element("p", "empty", this.text.get("round.delegations.none"));
		}
		else {
			html.raw("<table><thead>");
			headRow(html, "exports.party", "exports.person", "exports.role", "exports.titleThen");
			html.raw("</thead><tbody>");
			summary.delegations()
				.forEach((d) -> d.members()
					.forEach((m) -> html.raw("<tr><td>").text(d.party().name()).cite(d.sources()).raw("</td>")
						.cell(m.person().name()).cell(this.text.label("member.role", m.role())).cell(m.title())
						.raw("</tr>")));
			html.raw("</tbody></table>");
		}
		if (!summary.thirdParties().isEmpty()) {
			html.element("h2", null, this.text.get("round.thirdParties"));
			html.raw("<table><thead>");
			headRow(html, "exports.party", "exports.role", "exports.note");
			html.raw("</thead><tbody>");
			summary.thirdParties()
				.forEach((t) -> html.raw("<tr><td>").text(t.party().name()).cite(t.sources()).raw("</td>")
					.cell(this.text.label("third.role", t.role())).cell(t.note()).raw("</tr>"));
			html.raw("</tbody></table>");
		}

		html.element("h2", null, this.text.get("round.proposals"));
		if (summary.proposals().isEmpty()) {
			html.element("p", "empty", this.text.get("round.proposals.none"));
		}
		summary.proposals().forEach((group) -> {
			html.element("h3", null, this.text.get("round.proposals.by", group.party().name()));
			html.raw("<ul>");
			group.proposals().forEach((p) -> {
				html.raw("<li><strong>").text(p.title()).raw("</strong>").cite(p.sources()).raw(" <span class=\"badge\">")
					.text(this.text.label("proposal.category", p.category()) + ", "
							+ this.text.label("proposal.status", p.status()))
					.raw("</span>");
				html.element("p", null, p.details());
				if (p.response() != null) {
					html.element("p", null, this.text.get("proposal.response") + ": " + p.response());
				}
				if (p.deadline() != null) {
					html.element("p", null, this.text.get("proposal.deadline", this.text.date(p.deadline())));
				}
				html.raw("</li>");
			});
			html.raw("</ul>");
		});

		html.element("h2", null, this.text.get("round.exchanges"));
		if (summary.exchanges().isEmpty()) {
			html.element("p", "empty", this.text.get("round.exchanges.none"));
		}
		summary.exchanges().forEach((e) -> exchange(html, e));

		if (!summary.memoranda().isEmpty()) {
			html.element("h2", null, this.text.get("round.memoranda"));
			summary.memoranda().forEach((m) -> {
				html.raw("<h3>").text(m.title()).cite(m.sources()).raw("</h3>");
				StringBuilder meta = new StringBuilder(this.text.get("memorandum.author", m.author().name()));
				if (m.delivered() != null) {
					meta.append(" · ").append(this.text.get("memorandum.delivered")).append(' ')
						.append(this.text.reported(m.delivered()));
				}
				if (m.publishedOn() != null) {
					meta.append(" · ").append(this.text.get("memorandum.published", this.text.date(m.publishedOn())));
				}
				html.element("p", "meta", meta.toString());
				html.element("p", null, m.summary());
				if (m.clauses().isEmpty()) {
					html.element("p", "empty", this.text.get("memorandum.noClauses"));
				}
				else {
					html.raw("<ol>");
					m.clauses()
						.forEach((c) -> html.raw("<li value=\"" + c.number() + "\"><span class=\"badge\">")
							.text(this.text.label("clause.topic", c.topic())).raw("</span> ").text(c.text())
							.cite(c.sources()).raw("</li>"));
					html.raw("</ol>");
				}
			});
		}

		if (!summary.statements().isEmpty()) {
			html.element("h2", null, this.text.get("round.statements"));
			html.raw("<ul>");
			summary.statements().forEach((s) -> {
				html.raw("<li><p><strong>").text((s.speaker() != null) ? s.speaker().name() : s.party().name())
					.raw("</strong>");
				if (s.speakerTitle() != null) {
					html.text(", " + s.speakerTitle());
				}
				if (s.speaker() != null) {
					html.text(" (" + s.party().name() + ")");
				}
				if (s.said() != null) {
					html.text(" · " + this.text.reported(s.said()));
				}
				html.raw("</p><p>").text(s.text()).cite(s.sources()).raw("</p>");
				if (s.quote() != null) {
					html.element("blockquote", null, "“" + s.quote() + "”");
				}
				if (s.disputes() != null) {
					html.element("p", "dispute",
							this.text.get("statement.disputes", s.disputes().speaker()) + ": " + s.disputes().text());
				}
				s.disputedBy()
					.forEach((other) -> html.element("p", "dispute",
							this.text.get("statement.disputedBy", other.speaker()) + ": " + other.text()));
				html.raw("</li>");
			});
			html.raw("</ul>");
		}

		html.element("h2", null, this.text.get("round.sources"));
		html.raw("<ol class=\"sources\">");
		summary.sources().forEach((src) -> {
			html.raw("<li value=\"" + src.number() + "\"><strong>").text(src.publisher()).raw("</strong>, <em>")
				.text(src.title()).raw("</em>");
			if (src.publishedOn() != null) {
				html.text(", " + this.text.date(src.publishedOn()));
			}
			html.text(". " + this.text.label("source.kind", src.kind()));
			if (src.url() != null) {
				html.raw(". <a href=\"").text(src.url()).raw("\">").text(src.url()).raw("</a>");
			}
			if (src.note() != null) {
				html.text(". " + src.note());
			}
			html.raw("</li>");
		});
		html.raw("</ol>");
		html.element("h2", null, this.text.get("round.cite"));
		html.element("p", "citation", this.text.citation(h, citation));
		html.raw("</body></html>");
		return html.toString();
	}

	private void exchange(Html html, ExchangeView e) {
		html.raw("<h3>").text(this.text.label("exchange.kind", e.kind())
				+ (e.allForAll() ? " — " + this.text.get("exchange.allForAll") : "")).cite(e.sources()).raw("</h3>");
		html.element("p", null, e.description());
		if (e.criteria() != null) {
			html.element("p", null, this.text.get("exchange.criteria") + ": " + e.criteria());
		}
		if (e.contested()) {
			html.element("p", "flag", this.text.get("exchange.contested"));
		}
		html.raw("<table><thead>");
		headRow(html, "exchange.receivingSide", "exchange.agreed", "exchange.received");
		html.raw("</thead><tbody>");
		for (SideProgress side : List.of(e.sideA(), e.sideB())) {
			html.raw("<tr>").cell(side.party().name()).cell(this.text.agreed(e, side))
				.cell(this.text.received(e, side)).raw("</tr>");
		}
		html.raw("</tbody></table>");
		if (!e.stages().isEmpty()) {
			html.raw("<table><thead><tr>");
			html.cell(this.text.get("exchange.stage"), "th")
				.cell(this.text.get("round.date"), "th")
				.cell(this.text.get("exchange.stage.received", e.sideA().party().name()), "th")
				.cell(this.text.get("exchange.stage.received", e.sideB().party().name()), "th")
				.cell(this.text.get("exchange.stage.note"), "th");
			html.raw("</tr></thead><tbody>");
			e.stages()
				.forEach((s) -> html.raw("<tr>").cell(String.valueOf(s.sequence()))
					.cell(this.text.reported(s.occurred()))
					.cell(this.text.stageReceived(e, s.sideAReceived(), s.sideAWithheld()))
					.cell(this.text.stageReceived(e, s.sideBReceived(), s.sideBWithheld()))
					.raw("<td>").text((s.note() != null) ? s.note() : "").cite(s.sources()).raw("</td></tr>"));
			html.raw("</tbody></table>");
		}
	}

	private void fact(Html html, String label, String value) {
		html.raw("<tr>").cell(this.text.get(label), "th").cell(value).raw("</tr>");
	}

	private void section(Html html, String heading, String value) {
		if (value != null) {
			html.element("h2", null, this.text.get(heading));
			html.element("p", null, value);
		}
	}

	private void headRow(Html html, String... labels) {
		html.raw("<tr>");
		for (String label : labels) {
			html.cell(this.text.get(label), "th");
		}
		html.raw("</tr>");
	}

	private String css() {
		String page = this.text.get("exports.pdf.page", "\" counter(page) \"", "\" counter(pages) \"");
		return """
				@page { size: A4; margin: 20mm 18mm 22mm 18mm;
				  @bottom-center { content: "%s"; font-family: '%s'; font-size: 8pt; color: #555; } }
				body { font-family: '%s'; font-size: 9.5pt; line-height: 1.4; color: #111; }
				h1 { font-size: 18pt; margin: 0 0 6pt; } h2 { font-size: 13pt; margin: 14pt 0 4pt; }
				h3 { font-size: 11pt; margin: 10pt 0 3pt; } p { margin: 0 0 5pt; }
				.process { color: #555; margin: 0; } .lead { font-size: 10.5pt; }
				table { border-collapse: collapse; width: 100%%; margin: 4pt 0 8pt; -fs-table-paginate: paginate; }
				th, td { border: 0.5pt solid #999; padding: 2pt 4pt; text-align: left; vertical-align: top; }
				table.facts th, table.facts td { border: none; padding: 1pt 6pt 1pt 0; } table.facts { width: auto; }
				thead th { background: #eee; } tr { page-break-inside: avoid; }
				sup { font-size: 6.5pt; } .badge { color: #444; font-size: 8.5pt; }
				.flag, .empty { font-style: italic; } blockquote { margin: 2pt 0 4pt 14pt; }
				li { margin-bottom: 3pt; } .citation { font-size: 9pt; }
				""".formatted(page, FONT_FAMILY, FONT_FAMILY);
	}

	/** XHTML with every value escaped. */
	private static final class Html {

		private final StringBuilder out = new StringBuilder();

		Html raw(String markup) {
			this.out.append(markup);
			return this;
		}

		Html text(String value) {
			this.out.append(HtmlUtils.htmlEscapeDecimal(value, "UTF-8"));
			return this;
		}

		Html element(String name, String cssClass, String value) {
			if (value != null) {
				raw("<" + name + ((cssClass != null) ? " class=\"" + cssClass + "\"" : "") + ">").text(value)
					.raw("</" + name + ">");
			}
			return this;
		}

		Html cell(String value) {
			return cell(value, "td");
		}

		Html cell(String value, String tag) {
			return raw("<" + tag + ">").text((value != null) ? value : "").raw("</" + tag + ">");
		}

		Html cite(List<Integer> sources) {
			if (!sources.isEmpty()) {
				raw(sources.stream().map((n) -> "[" + n + "]").collect(Collectors.joining("", "<sup>", "</sup>")));
			}
			return this;
		}

		@Override
		public String toString() {
			return this.out.toString();
		}

	}

}
