package org.talkstracker.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.talkstracker.editing.NamedRef;
import org.talkstracker.source.ReportedDate;

/**
 * An exchange agreement as readers see it, with its progress, its stages and the totals
 * the parties report apart from the stages ({@code reported}, each compared with the
 * stages and with the other party's report). One type for the round page, its exports and
 * the exchanges page: the templates they share compile their expressions for the type
 * they meet, and compile them again for every other type they are given.
 */
public record ExchangeView(String slug, ExchangeKind kind, boolean allForAll, SideProgress sideA, SideProgress sideB,
		String criteria, String description, List<StageView> stages, List<ReportedTotalView> reported,
		List<Integer> sources) {

	/**
	 * Whether the sides' reports of any stage differ, or a side withheld its figures, or
	 * a reported total differs.
	 */
	public boolean contested() {
		return this.sideA.disputed() || this.sideB.disputed() || this.sideA.withheld() || this.sideB.withheld()
				|| this.reported.stream().anyMatch(ReportedTotalView::differs);
	}

	/**
	 * Both sides as receiving sides, side A first: for a table with a row per side (a
	 * template's inline list of the two is interpreted on every page, never compiled).
	 */
	public List<SideProgress> sides() {
		return List.of(this.sideA, this.sideB);
	}

	/**
	 * The view of an agreement from its parts: the reported totals are compared with its
	 * stages.
	 */
	public static ExchangeView of(String slug, ExchangeKind kind, boolean allForAll, SideProgress sideA,
			SideProgress sideB, String criteria, String description, List<StageView> stages,
			List<ReportedTotalView> reported, List<Integer> sources) {
		return new ExchangeView(slug, kind, allForAll, sideA, sideB, criteria, description, stages,
				ReportedTotalView.compared(reported, stages.stream().map(StageView::sideAReceived).toList(),
						stages.stream().map(StageView::sideBReceived).toList()),
				sources);
	}

	/**
	 * One side of an exchange as the receiving side: what it was to receive (null: not
	 * reported, or all for all; as exactly as it was agreed), and what it has received so
	 * far (the lower figure where the two sides' reports of a stage differ).
	 */
	public record SideProgress(NamedRef party, Integer agreed, CountPrecision precision, long received,
			boolean disputed, boolean withheld) {

		/** One side's progress over the stages so far, from what it received in each. */
		public static SideProgress of(NamedRef party, Integer agreed, CountPrecision precision, List<StageView> stages,
				Function<StageView, ReceivedCounts> received, Predicate<StageView> withheld) {
			long total = stages.stream().map(received).mapToLong((counts) -> counts.counted().orElse(0)).sum();
			boolean disputed = stages.stream().map(received).anyMatch(ReceivedCounts::disputed);
			return new SideProgress(party, agreed, (precision != null) ? precision : CountPrecision.EXACT, total,
					disputed, stages.stream().anyMatch(withheld));
		}

	}

	public record StageView(int sequence, ReportedDate occurred, LocalDate announcedOn, ReceivedCounts sideAReceived,
			ReceivedCounts sideBReceived, boolean sideAWithheld, boolean sideBWithheld, String note,
			List<Integer> sources) {

		public boolean disputed() {
			return this.sideAReceived.disputed() || this.sideBReceived.disputed();
		}

		/**
		 * What each side received in this stage, side A first: for a table with a column
		 * per side.
		 */
		public List<SideReceived> received() {
			return List.of(new SideReceived(this.sideAReceived, this.sideAWithheld),
					new SideReceived(this.sideBReceived, this.sideBWithheld));
		}

	}

	/**
	 * What one side received in a stage, as the sides reported it, and whether it
	 * withheld its figures.
	 */
	public record SideReceived(ReceivedCounts counts, boolean withheld) {

		/** Neither side reported a figure. */
		public boolean unreported() {
			return this.counts.perSideA() == null && this.counts.perSideB() == null;
		}

	}

}
