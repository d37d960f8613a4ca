package org.talkstracker.memorandum;

import org.talkstracker.editing.Name;
import java.time.LocalDate;

import org.talkstracker.source.DatePrecision;
import org.talkstracker.source.ReportedDate;

/** A memorandum as lists show it. */
public record MemorandumListing(String slug, Name title, Name processName, String authorSlug, Name authorName,
		LocalDate deliveredOn, DatePrecision deliveredPrecision, LocalDate publishedOn, int clauseCount) {

	/** As a query reads it: each name in English and its other languages and original. */
	MemorandumListing(String slug, String title, String titleUk, String titleRu, String titleOriginal, String process,
			String processUk, String processRu, String processOriginal, String authorSlug, String author,
			String authorUk, String authorRu, String authorOriginal, LocalDate deliveredOn,
			DatePrecision deliveredPrecision, LocalDate publishedOn, int clauseCount) {
		this(slug, new Name(title, titleUk, titleRu, titleOriginal),
				new Name(process, processUk, processRu, processOriginal), authorSlug,
				new Name(author, authorUk, authorRu, authorOriginal), deliveredOn, deliveredPrecision, publishedOn,
				clauseCount);
	}

	/** The delivery date with its precision, or null when no report gives it. */
	public ReportedDate delivered() {
		return (this.deliveredOn != null) ? new ReportedDate(this.deliveredOn, this.deliveredPrecision) : null;
	}

}
