package org.talkstracker.exchange;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.talkstracker.editing.Name;

/**
 * What one party reports one party received in all under an agreement (the receiver's own
 * report of what it received, or the other's of what it handed over), as readers see it:
 * with the parties' names in every language (pages show them in the reader's), its
 * sources' numbers, and whether the figures differ.
 */
public record ReportedTotalView(ExchangeSide receivedBy, ExchangeSide reportedBy, Name receiver, Name reporter,
		int total, LocalDate reportedOn, List<Integer> sources, boolean differs) {

	private static final Comparator<ReportedTotalView> ORDER = Comparator.comparing(ReportedTotalView::receivedBy)
		.thenComparing(ReportedTotalView::reportedBy);

	/** The receiver reports what it received itself; else the reporter handed it over. */
	public boolean ownReceipt() {
		return this.receivedBy == this.reportedBy;
	}

	/**
	 * The reports of one agreement in order (what side A received first, each receiver's
	 * own report first), each flagged where its figures differ: from the sum of the
	 * stages of what its receiver received (where any stage gives a figure for it; the
	 * sums are the counted figures, the lower where a stage's reports differ), or from
	 * the other party's report of the same.
	 * @param reports the reports, unflagged, in any order
	 * @param sideAReceived what side A received in each stage
	 * @param sideBReceived what side B received in each stage
	 */
	public static List<ReportedTotalView> compared(List<ReportedTotalView> reports, List<ReceivedCounts> sideAReceived,
			List<ReceivedCounts> sideBReceived) {
		return compared(reports, stageSum(sideAReceived), stageSum(sideBReceived));
	}

	/**
	 * The reports compared as {@link #compared(List, List, List)} does, from the sums of
	 * the stages' counted figures of what each side received (null where no stage gives a
	 * figure for it).
	 */
	public static List<ReportedTotalView> compared(List<ReportedTotalView> reports, Long sideAStages,
			Long sideBStages) {
		return reports.stream().map((report) -> {
			Long stages = (report.receivedBy == ExchangeSide.SIDE_A) ? sideAStages : sideBStages;
			boolean fromStages = stages != null && stages != report.total;
			boolean fromOther = reports.stream()
				.anyMatch((other) -> other.receivedBy == report.receivedBy && other.reportedBy != report.reportedBy
						&& other.total != report.total);
			return new ReportedTotalView(report.receivedBy, report.reportedBy, report.receiver, report.reporter,
					report.total, report.reportedOn, report.sources, fromStages || fromOther);
		}).sorted(ORDER).toList();
	}

	/** What the stages give a side, counted; null where none gives a figure. */
	private static Long stageSum(List<ReceivedCounts> received) {
		List<Integer> counted = received.stream().flatMap((counts) -> counts.counted().stream()).toList();
		return counted.isEmpty() ? null : counted.stream().mapToLong(Integer::longValue).sum();
	}

}
