package org.talkstracker.exchange;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.talkstracker.editing.EditingForm;
import org.talkstracker.source.SourceCatalogue;

/**
 * What one side reports one side received in all under an agreement. Who received and who
 * reports it are chosen once, when the total is added.
 */
record ReportedTotalForm(@NotNull ExchangeSide receivedBy, @NotNull ExchangeSide reportedBy,
		@NotNull @PositiveOrZero Integer total, @NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate reportedOn,
		List<String> sources, long version) implements EditingForm {

	ReportedTotalForm {
		sources = (sources != null) ? List.copyOf(sources) : List.of();
	}

	static ReportedTotalForm blank() {
		return new ReportedTotalForm(null, null, null, null, List.of(), 0);
	}

	static ReportedTotalForm of(ExchangeReportedTotal total) {
		return new ReportedTotalForm(total.getReceivedBy(), total.getReportedBy(), total.getTotal(),
				total.getReportedOn(), SourceCatalogue.slugs(total.getSources()), total.getVersion());
	}

	ReportedTotalForm withSides(ExchangeSide receivedBy, ExchangeSide reportedBy) {
		return new ReportedTotalForm(receivedBy, reportedBy, this.total, this.reportedOn, this.sources, this.version);
	}

	@Override
	public List<Field> fields() {
		return List.of(new Field("receivedBy", this.receivedBy), new Field("reportedBy", this.reportedBy),
				new Field("total", this.total), new Field("reportedOn", this.reportedOn),
				new Field("sources", this.sources));
	}

}
