package org.talkstracker.summary;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.talkstracker.exchange.ExchangeView;
import org.talkstracker.exchange.ReceivedCounts;
import org.talkstracker.exchange.ReportedTotalView;
import org.talkstracker.source.ReportedDate;
import org.talkstracker.text.Text;

/**
 * The words and formats the exports of a round share with its page: labels from the
 * message bundles, dates as "2 June 2025", counts as "6,000".
 */
public final class ExportText {

	private final MessageSource messages;

	private final Locale locale;

	public ExportText(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	public Locale locale() {
		return this.locale;
	}

	public String get(String code, Object... args) {
		return this.messages.getMessage(code, args, this.locale);
	}

	/** An enum's label, such as {@code round.status.HELD}. */
	public String label(String prefix, Enum<?> value) {
		return get(prefix + "." + value.name());
	}

	public String date(LocalDate date) {
		return DateTimeFormatter.ofPattern(get("date.day"), this.locale).format(date);
	}

	public String longDate(LocalDate date) {
		return DateTimeFormatter.ofPattern(get("date.weekday"), this.locale).format(date);
	}

	/** The day a round was last updated, in UTC as the CSV's column has it. */
	public String updated(RoundSummary.Header header) {
		return date(header.updatedAt().atZone(ZoneOffset.UTC).toLocalDate());
	}

	/**
	 * A reported date in its precision: "2 June 2025", "June 2025", "about 2 June 2025".
	 */
	public String reported(ReportedDate date) {
		return switch (date.getPrecision()) {
			case MONTH -> DateTimeFormatter.ofPattern(get("date.month"), this.locale).format(date.getDate());
			case APPROXIMATE -> get("date.approximate", date(date.getDate()));
			case DAY -> date(date.getDate());
		};
	}

	public String count(long count) {
		return NumberFormat.getIntegerInstance(this.locale).format(count);
	}

	/** What one side agreed to receive in an exchange. */
	public String agreed(ExchangeView exchange, ExchangeView.SideProgress side) {
		if (side.agreed() != null) {
			return get("exchange.count." + side.precision(), count(side.agreed()));
		}
		return get(exchange.allForAll() ? "exchange.all" : "exchange.notReported");
	}

	/** A total a party reports, flagged where the figures differ. */
	public String reportedTotal(ReportedTotalView total) {
		String text = count(total.total());
		return total.differs() ? text + " (" + get("exchange.disputed") + ")" : text;
	}

	/**
	 * What one side received so far, flagged where the sides' figures differ or were
	 * withheld.
	 */
	public String received(ExchangeView exchange, ExchangeView.SideProgress side) {
		if (exchange.stages().isEmpty()) {
			return get("exchange.noStage");
		}
		StringBuilder text = new StringBuilder(count(side.received()));
		if (side.disputed()) {
			text.append(" (").append(get("exchange.disputed")).append(')');
		}
		if (side.withheld()) {
			text.append(" (").append(get("exchange.withheld")).append(')');
		}
		return text.toString();
	}

	/**
	 * What one side received in one stage, with both sides' figures where they differ.
	 */
	public String stageReceived(ExchangeView exchange, ReceivedCounts counts, boolean withheld) {
		if (counts.perSideA() == null && counts.perSideB() == null) {
			return get(withheld ? "exchange.withheld" : "exchange.notReported");
		}
		if (counts.disputed()) {
			return get("exchange.stage.perSide", exchange.sideA().party().name(), counts.perSideA(),
					exchange.sideB().party().name(), counts.perSideB());
		}
		return count(counts.counted().orElseThrow());
	}

	/**
	 * A fact's text as a reader of the export's language reads it: its translation into
	 * that language where there is one, else the text as written.
	 */
	public String read(Text text) {
		return text.in(this.locale).text();
	}

	/**
	 * What the export says of where a text's words come from, as the page does:
	 * "Translated from Russian by …", or "Original in English" for a text in another
	 * language than the export's; null for a text written in the export's language.
	 */
	public String origin(Text text) {
		Text.Reading reading = text.in(this.locale);
		if (reading.translated()) {
			return get("text.translated", reading.translatedFrom().code(), reading.translator());
		}
		return reading.foreignTo(this.locale) ? get("text.original", reading.language().code()) : null;
	}

	/** A text as read, followed by where its words come from in brackets, if anywhere. */
	public String readWithOrigin(Text text) {
		String origin = origin(text);
		return read(text) + ((origin != null) ? " (" + origin + ")" : "");
	}

	/** The "cite this" line of a round, as its page shows it. */
	public String citation(RoundSummary.Header header, SummaryCitation citation) {
		return get(citation.released() ? "round.cite.release" : "round.cite.text",
				get("round.name", header.number(), header.processName()), citation.permalink(),
				date(citation.retrieved()), citation.release());
	}

}
