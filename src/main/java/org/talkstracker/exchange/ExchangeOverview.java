package org.talkstracker.exchange;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;

import org.talkstracker.editing.Name;
import org.talkstracker.source.CitedSources.CitedSource;
import org.talkstracker.source.ReportedDate;

/**
 * The exchanges page as readers see it: the totals agreed against fulfilled over every
 * published exchange agreement (by kind, and by receiving side and group), the running
 * totals each side has received over time (by day, or by month when {@code chartByMonth};
 * the lines of those that received the most, {@code linesLeftOut} fewer than there are
 * sides with a handover), and one page of the agreements, each with its stages, with the
 * sources that page cites.
 */
public record ExchangeOverview(Page<AgreementView> agreements, List<ExchangeTotal> byKind, List<SideTotal> bySide,
		CumulativeChart<ReturnedTo> chart, boolean chartByMonth, int linesLeftOut, List<CitedSource> sources) {

	public record PartyRef(String slug, Name name) {
	}

	public record RoundRef(String slug, int number, Name city, LocalDate heldOn, Name processName) {
	}

	public record AgreementView(String slug, ExchangeKind kind, boolean allForAll, RoundRef round, SideView sideA,
			SideView sideB, String criteria, String description, List<StageView> stages,
			List<ReportedTotalView> reported, List<Integer> sources) {

		/**
		 * Whether the sides' reports of any stage differ, or a side withheld its figures,
		 * or a reported total differs.
		 */
		public boolean contested() {
			return this.sideA.disputed() || this.sideB.disputed() || this.sideA.withheld() || this.sideB.withheld()
					|| this.reported.stream().anyMatch(ReportedTotalView::differs);
		}

	}

	/**
	 * One side of an agreement as the receiving side: what it was to receive (null: not
	 * reported, or all for all; as exactly as it was agreed) and what it has received so
	 * far, the lower figure where reports differ.
	 */
	public record SideView(PartyRef party, Integer agreed, CountPrecision precision, long received, boolean disputed,
			boolean withheld) {
	}

	public record StageView(int sequence, ReportedDate occurred, ReceivedCounts sideAReceived,
			ReceivedCounts sideBReceived, boolean sideAWithheld, boolean sideBWithheld, String note,
			List<Integer> sources) {

		public boolean disputed() {
			return this.sideAReceived.disputed() || this.sideBReceived.disputed();
		}

	}

	/**
	 * What one side was to receive of one group over every agreement, and what it has
	 * received; {@code uncounted} agreements gave it no figure, so the agreed total is a
	 * floor.
	 */
	public record SideTotal(PartyRef party, HandoverGroup group, long agreed, long uncounted, long fulfilled) {
	}

	/** A line of the chart: one group returned to one side. */
	public record ReturnedTo(PartyRef party, HandoverGroup group) {
	}

}
