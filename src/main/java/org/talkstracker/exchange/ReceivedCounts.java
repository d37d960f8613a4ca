package org.talkstracker.exchange;

import java.util.Optional;

/**
 * How many one side received in a stage, as side A and as side B reported it (null: not
 * reported), and the figure that counts, as the database's {@code counted_figure} gives
 * it (the lower of two differing reports; see V15). Only a stored stage's counts are
 * counted: reports an editor or a data file gives are not, until they are stored.
 */
public record ReceivedCounts(Integer perSideA, Integer perSideB, Integer countedFigure) {

	public static final ReceivedCounts NOT_REPORTED = new ReceivedCounts(null, null);

	/** Reports as given, to be stored. */
	public ReceivedCounts(Integer perSideA, Integer perSideB) {
		this(perSideA, perSideB, null);
	}

	/** Both sides gave a figure and the figures differ. */
	public boolean disputed() {
		return this.perSideA != null && this.perSideB != null && !this.perSideA.equals(this.perSideB);
	}

	/**
	 * The figure to count, as the database counted it; empty where neither side reported
	 * one.
	 */
	public Optional<Integer> counted() {
		return Optional.ofNullable(this.countedFigure);
	}

}
