package org.talkstracker.exchange;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;

import org.talkstracker.editing.Name;
import org.talkstracker.source.CitedSources.CitedSource;

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

	/** An agreement on the page, with the round that agreed it. */
	public record AgreementView(RoundRef round, ExchangeView exchange) {
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
