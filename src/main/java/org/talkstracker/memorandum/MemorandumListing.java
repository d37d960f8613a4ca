package org.talkstracker.memorandum;

import java.time.LocalDate;

import org.talkstracker.source.DatePrecision;
import org.talkstracker.source.ReportedDate;

/** A memorandum as lists show it. */
public record MemorandumListing(String slug, String title, String processName, String authorSlug, String authorName,
		LocalDate deliveredOn, DatePrecision deliveredPrecision, LocalDate publishedOn, int clauseCount) {

	/** The delivery date with its precision, or null when no report gives it. */
	public ReportedDate delivered() {
		return (this.deliveredOn != null) ? new ReportedDate(this.deliveredOn, this.deliveredPrecision) : null;
	}

}
