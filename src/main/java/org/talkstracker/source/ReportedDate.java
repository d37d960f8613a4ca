package org.talkstracker.source;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A date as a source reports it, with its precision: a month is stored as its first day.
 */
@Embeddable
public class ReportedDate {

	@Column(name = "occurred_on")
	private LocalDate date;

	@Enumerated(EnumType.STRING)
	@Column(name = "occurred_on_precision")
	private DatePrecision precision;

	protected ReportedDate() {
	}

	public ReportedDate(LocalDate date, DatePrecision precision) {
		this.date = Objects.requireNonNull(date);
		this.precision = Objects.requireNonNull(precision);
	}

	public LocalDate getDate() {
		return this.date;
	}

	public DatePrecision getPrecision() {
		return this.precision;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ReportedDate that && Objects.equals(this.date, that.date)
				&& this.precision == that.precision;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.date, this.precision);
	}

}
