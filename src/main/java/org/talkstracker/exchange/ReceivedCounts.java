package org.talkstracker.exchange;

import java.util.Optional;

/** How many one side received in a stage, as side A and as side B reported it (null: not reported). */
public record ReceivedCounts(Integer perSideA, Integer perSideB) {

	public static final ReceivedCounts NOT_REPORTED = new ReceivedCounts(null, null);

	/** Both sides gave a figure and the figures differ. */
	public boolean disputed() {
		return this.perSideA != null && this.perSideB != null && !this.perSideA.equals(this.perSideB);
	}

	/** The figure to count: the lower of the two reports when they differ, so totals never overstate. */
	public Optional<Integer> counted() {
		if (this.perSideA == null || this.perSideB == null) {
			return Optional.ofNullable((this.perSideA != null) ? this.perSideA : this.perSideB);
		}
		return Optional.of(Math.min(this.perSideA, this.perSideB));
	}

}
