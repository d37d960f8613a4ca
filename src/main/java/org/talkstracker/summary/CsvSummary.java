package org.talkstracker.summary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.talkstracker.exchange.ExchangeSide;
import org.talkstracker.exchange.ExchangeView;
import org.talkstracker.exchange.ExchangeView.SideProgress;
import org.talkstracker.exchange.ExchangeView.StageView;
import org.talkstracker.exchange.ReceivedCounts;
import org.talkstracker.exchange.ReportedTotalView;
import org.talkstracker.source.ReportedDate;
import org.talkstracker.summary.RoundSummary.Header;
import org.talkstracker.text.Text;
import org.talkstracker.web.DataLicence;
import org.talkstracker.web.SpreadsheetSafe;

/**
 * A round as one CSV table (RFC 4180: commas, CRLF, quotes doubled), one row per fact,
 * its {@code kind} in the second column. Values are data, not prose: slugs, ISO dates,
 * lowercase enum names and plain counts, so the file sorts and filters in any
 * spreadsheet; text a spreadsheet would read as a formula gets a quote in front
 * ({@link SpreadsheetSafe}). The columns are documented in {@code docs/EXPORTS.md} and
 * never change meaning.
 */
public class CsvSummary {

	public static final List<String> COLUMNS = List.of("round", "kind", "id", "parent", "number", "party", "person",
			"role", "category", "status", "date", "date_precision", "agreed", "received", "title", "text", "note",
			"sources", "url", "agreed_precision");

	public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();

	private final DataLicence licence;

	public CsvSummary(DataLicence licence) {
		this.licence = licence;
	}

	/**
	 * Writes the round, ending with a row to cite it by and one with the data's licence
	 * ({@code id} its SPDX identifier, {@code text} the sentence on quotes).
	 */
	public void write(RoundSummary summary, SummaryCitation citation, String citationText, String licenceText,
			Writer out) {
		try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
			Rows rows = new Rows(csv, summary.header().slug());
			header(rows, summary.header());
			summary.delegations()
				.forEach((delegation) -> delegation.members()
					.forEach((member) -> rows.row("delegation_member")
						.id(member.person().slug())
						.party(delegation.party().slug())
						.person(member.person().name().en())
						.role(member.role())
						.title(member.title())
						// A member's own sources, else those of the delegation that
						// report it.
						.sources(member.sources().isEmpty() ? delegation.sources() : member.sources())
						.print()));
			summary.thirdParties()
				.forEach((third) -> rows.row("third_party")
					.id(third.party().slug())
					.party(third.party().slug())
					.role(third.role())
					.note(third.note())
					.sources(third.sources())
					.print());
			summary.proposals()
				.forEach((group) -> group.proposals()
					.forEach((proposal) -> rows.row("proposal")
						.id(proposal.slug())
						.party(group.party().slug())
						.category(proposal.category())
						.status(proposal.status())
						.date(proposal.deadline())
						.title(original(proposal.title()))
						.text(original(proposal.details()))
						.note(original(proposal.response()))
						.sources(proposal.sources())
						.print()));
			summary.exchanges().forEach((exchange) -> exchange(rows, exchange));
			summary.memoranda().forEach((memorandum) -> {
				rows.row("memorandum")
					.id(memorandum.slug())
					.party(memorandum.author().slug())
					.date(memorandum.delivered())
					.title(memorandum.title().en())
					.text(original(memorandum.summary()))
					.note((memorandum.publishedOn() != null) ? memorandum.publishedOn().toString() : null)
					.sources(memorandum.sources())
					.print();
				memorandum.clauses()
					.forEach((clause) -> rows.row("clause")
						.parent(memorandum.slug())
						.number(clause.number())
						.category(clause.topic())
						.text(original(clause.text()))
						.sources(clause.sources())
						.print());
			});
			summary.statements()
				.forEach((statement) -> rows.row("statement")
					.id(statement.slug())
					.parent((statement.disputes() != null) ? statement.disputes().slug() : null)
					.party(statement.party().slug())
					.person((statement.speaker() != null) ? statement.speaker().name().en() : null)
					.title(statement.speakerTitle())
					.date(statement.said())
					.text(original(statement.text()))
					.note(original(statement.quote()))
					.sources(statement.sources())
					.print());
			summary.sources()
				.forEach((source) -> rows.row("source")
					.id(source.slug())
					.number(source.number())
					.category(source.kind())
					.date(source.publishedOn())
					.title(source.title())
					.text(source.publisher())
					.note(source.note())
					.url(source.url())
					.print());
			rows.row("citation").date(citation.retrieved()).text(citationText).url(citation.permalink()).print();
			rows.row("licence")
				.id(this.licence.getIdentifier())
				.title(this.licence.getTitle())
				.text(licenceText)
				.url(this.licence.getUrl())
				.print();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void header(Rows rows, Header h) {
		rows.row("round")
			.id(h.slug())
			.parent(h.processSlug())
			.number(h.number())
			.status(h.status())
			.date(h.heldOn())
			.title(h.processName().en())
			.text(original(h.summary()))
			.note(h.place())
			.sources(h.sources())
			.print();
		if (h.durationMinutes() != null) {
			rows.row("duration")
				.number(h.durationMinutes())
				.category(h.durationPrecision())
				.sources(h.sources())
				.print();
		}
		if (h.outcome() != null) {
			rows.row("outcome").text(original(h.outcome())).sources(h.sources()).print();
		}
		if (h.nextSteps() != null) {
			rows.row("next_steps").text(original(h.nextSteps())).sources(h.sources()).print();
		}
		rows.row("updated").date(h.updatedAt().atZone(ZoneOffset.UTC).toLocalDate()).print();
	}

	private static void exchange(Rows rows, ExchangeView exchange) {
		rows.row("exchange")
			.id(exchange.slug())
			.category(exchange.kind())
			.status(exchange.allForAll() ? "all_for_all" : null)
			.text(exchange.description())
			.note(exchange.criteria())
			.sources(exchange.sources())
			.print();
		for (SideProgress side : List.of(exchange.sideA(), exchange.sideB())) {
			rows.row("exchange_side")
				.parent(exchange.slug())
				.party(side.party().slug())
				.category(exchange.kind())
				.status(flags(side.disputed(), side.withheld()))
				.agreed(side.agreed())
				.agreedPrecision((side.agreed() != null) ? side.precision() : null)
				.received(side.received())
				.print();
		}
		for (StageView stage : exchange.stages()) {
			stage(rows, exchange, stage, exchange.sideA(), stage.sideAReceived(), stage.sideAWithheld());
			stage(rows, exchange, stage, exchange.sideB(), stage.sideBReceived(), stage.sideBWithheld());
		}
		for (ReportedTotalView total : exchange.reported()) {
			SideProgress receiver = (total.receivedBy() == ExchangeSide.SIDE_A) ? exchange.sideA() : exchange.sideB();
			SideProgress reporter = (total.reportedBy() == ExchangeSide.SIDE_A) ? exchange.sideA() : exchange.sideB();
			rows.row("exchange_reported_total")
				.id(reporter.party().slug())
				.parent(exchange.slug())
				.party(receiver.party().slug())
				.category(exchange.kind())
				.status(total.differs() ? "disputed" : null)
				.date(total.reportedOn())
				.received(total.total())
				.sources(total.sources())
				.print();
		}
	}

	private static void stage(Rows rows, ExchangeView exchange, StageView stage, SideProgress side,
			ReceivedCounts counts, boolean withheld) {
		String reports = counts.disputed() ? exchange.sideA().party().slug() + ": " + counts.perSideA() + "; "
				+ exchange.sideB().party().slug() + ": " + counts.perSideB() : null;
		rows.row("exchange_stage")
			.parent(exchange.slug())
			.number(stage.sequence())
			.party(side.party().slug())
			.category(exchange.kind())
			.status(flags(counts.disputed(), withheld))
			.date(stage.occurred())
			.received(counts.counted().orElse(null))
			.text(reports)
			.note(stage.note())
			.sources(stage.sources())
			.print();
	}

	private static String flags(boolean disputed, boolean withheld) {
		if (disputed && withheld) {
			return "disputed withheld";
		}
		return disputed ? "disputed" : (withheld ? "withheld" : null);
	}

	/** Builds one row column by column, so every kind fills the columns by name. */
	private static final class Rows {

		private final CSVPrinter csv;

		private final String round;

		private final Object[] values = new Object[COLUMNS.size()];

		Rows(CSVPrinter csv, String round) {
			this.csv = csv;
			this.round = round;
		}

		Rows row(String kind) {
			Arrays.fill(this.values, null);
			return set("round", this.round).set("kind", kind);
		}

		Rows id(String value) {
			return set("id", value);
		}

		Rows parent(String value) {
			return set("parent", value);
		}

		Rows number(Integer value) {
			return set("number", value);
		}

		Rows party(String value) {
			return set("party", value);
		}

		Rows person(String value) {
			return set("person", value);
		}

		Rows role(Object value) {
			return set("role", lower(value));
		}

		Rows category(Object value) {
			return set("category", lower(value));
		}

		Rows status(Object value) {
			return set("status", lower(value));
		}

		Rows date(LocalDate value) {
			return set("date", value);
		}

		Rows date(ReportedDate value) {
			if (value == null) {
				return this;
			}
			return set("date", value.getDate()).set("date_precision", lower(value.getPrecision()));
		}

		Rows agreed(Integer value) {
			return set("agreed", value);
		}

		Rows agreedPrecision(Object value) {
			return set("agreed_precision", lower(value));
		}

		Rows received(Number value) {
			return set("received", value);
		}

		Rows title(String value) {
			return set("title", value);
		}

		Rows text(String value) {
			return set("text", value);
		}

		Rows note(String value) {
			return set("note", value);
		}

		Rows url(String value) {
			return set("url", value);
		}

		Rows sources(List<Integer> numbers) {
			return set("sources", numbers.stream().map(String::valueOf).collect(Collectors.joining(" ")));
		}

		void print() {
			try {
				this.csv.printRecord(this.values);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private Rows set(String column, Object value) {
			this.values[COLUMNS.indexOf(column)] = (value instanceof String text) ? SpreadsheetSafe.text(text) : value;
			return this;
		}

		private static String lower(Object value) {
			if (value == null) {
				return null;
			}
			return (value instanceof Enum<?> constant) ? constant.name().toLowerCase(Locale.ROOT) : value.toString();
		}

	}

	/** The text as written: the CSV carries the data, not one reader's translation. */
	private static String original(Text text) {
		return (text != null) ? text.original() : null;
	}

}
