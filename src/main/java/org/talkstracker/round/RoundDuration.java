package org.talkstracker.round;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * How long a round lasted, as reported ("slightly more than an hour" is 60 minutes, at
 * least).
 */
@Embeddable
public class RoundDuration {

	@Column(name = "duration_minutes")
	private Integer minutes;

	@Enumerated(EnumType.STRING)
	@Column(name = "duration_precision")
	private DurationPrecision precision;

	protected RoundDuration() {
	}

	public RoundDuration(int minutes, DurationPrecision precision) {
		this.minutes = minutes;
		this.precision = Objects.requireNonNull(precision);
	}

	public Integer getMinutes() {
		return this.minutes;
	}

	public DurationPrecision getPrecision() {
		return this.precision;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RoundDuration that && Objects.equals(this.minutes, that.minutes)
				&& this.precision == that.precision;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.minutes, this.precision);
	}

}
