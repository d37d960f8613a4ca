package org.talkstracker.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.editing.Name;
import org.talkstracker.exchange.CumulativeChart.Increment;
import org.talkstracker.exchange.ExchangeOverview.AgreementView;
import org.talkstracker.exchange.ExchangeOverview.PartyRef;
import org.talkstracker.exchange.ExchangeOverview.ReturnedTo;
import org.talkstracker.exchange.ExchangeOverview.RoundRef;
import org.talkstracker.exchange.ExchangeOverview.SideTotal;
import org.talkstracker.exchange.ExchangeOverview.SideView;
import org.talkstracker.exchange.ExchangeOverview.StageView;
import org.talkstracker.exchange.ExchangeTallies.Handovers;
import org.talkstracker.exchange.ExchangeTallies.SideTally;
import org.talkstracker.source.CitedSources;
import org.talkstracker.source.ReportedDate;

/**
 * Builds the {@link ExchangeOverview} in five statements whatever the data: the totals
 * and the chart from the exchange tallies, then one page of agreements (their ids, the
 * agreements with their rounds, sides and sources, and their stages with theirs). An
 * agreement's progress adds up its stages' counted figures, which the database gives as
 * it gives the tallies their figures ({@code counted_figure}: where the sides' reports of
 * a stage differ, the lower figure).
 */
@Service
class ExchangeOverviews {

	/** Each agreement comes with its table of stages: ten make a page long enough. */
	static final int PAGE_SIZE = 10;

	private static final Comparator<ReturnedTo> SIDE_ORDER = Comparator
		.comparing((ReturnedTo returned) -> returned.party().name().en())
		.thenComparing((returned) -> returned.party().slug())
		.thenComparing(ReturnedTo::group);

	private final ExchangeAgreementRepository agreements;

	private final ExchangeTallies tallies;

	ExchangeOverviews(ExchangeAgreementRepository agreements, ExchangeTallies tallies) {
		this.agreements = agreements;
		this.tallies = tallies;
	}

	@Transactional(readOnly = true)
	public ExchangeOverview overview(Pageable pageable) {
		List<SideTally> sides = this.tallies.sides();
		// Each agreement counts once on each of its two sides' tallies.
		long agreementCount = ExchangeTotals.sum(sides, SideTally::agreements) / 2;
		Handovers handovers = this.tallies.handovers();
		List<Long> ids = this.agreements.findPublishedIds(pageable);
		List<AgreementView> views = new ArrayList<>();
		CitedSources sources = new CitedSources();
		if (!ids.isEmpty()) {
			Map<Long, List<StageRow>> stageRows = byId(this.agreements.findStageRows(ids), StageRow::id);
			Map<Long, List<List<StageRow>>> stagesByAgreement = new LinkedHashMap<>();
			stageRows.values()
				.forEach((rows) -> stagesByAgreement
					.computeIfAbsent(rows.get(0).agreementId(), (id) -> new ArrayList<>())
					.add(rows));
			Map<Long, List<List<ReportedTotalRow>>> totalsByAgreement = new LinkedHashMap<>();
			byId(this.agreements.findReportedTotalRows(ids), ReportedTotalRow::id).values()
				.forEach((rows) -> totalsByAgreement
					.computeIfAbsent(rows.get(0).agreementId(), (id) -> new ArrayList<>())
					.add(rows));
			// Sources are numbered as the page shows them: an agreement's, then those of
			// its stages, then those of its reported totals.
			byId(this.agreements.findAgreementRows(ids), AgreementRow::id).forEach((id, rows) -> {
				List<Integer> cited = sources.cite(rows.stream().map(AgreementRow::source).toList());
				List<StageView> stages = stagesByAgreement.getOrDefault(id, List.of())
					.stream()
					.map((stage) -> stage(stage, sources))
					.toList();
				AgreementRow row = rows.get(0);
				List<ReportedTotalView> reported = totalsByAgreement.getOrDefault(id, List.of())
					.stream()
					.map((total) -> reportedTotal(row, total, sources))
					.toList();
				views.add(agreement(row, stages, reported, cited));
			});
		}
		CumulativeChart<ReturnedTo> chart = chart(handovers);
		long linesWithHandovers = sides.stream()
			.filter((side) -> side.stages() > 0)
			.map((side) -> new ReturnedTo(new PartyRef(side.partySlug(), side.partyName()),
					HandoverGroup.of(side.kind())))
			.distinct()
			.count();
		return new ExchangeOverview(new PageImpl<>(views, pageable, agreementCount), ExchangeTotals.byKind(sides),
				bySide(sides), chart, handovers.byMonth(), (int) linesWithHandovers - chart.lines().size(),
				sources.list());
	}

	private static AgreementView agreement(AgreementRow row, List<StageView> stages, List<ReportedTotalView> reported,
			List<Integer> cited) {
		PartyRef sideA = new PartyRef(row.sideASlug(), row.sideAName());
		PartyRef sideB = new PartyRef(row.sideBSlug(), row.sideBName());
		return new AgreementView(row.slug(), row.kind(), row.allForAll(),
				new RoundRef(row.roundSlug(), row.roundNumber(), row.city(), row.heldOn(), row.processName()),
				side(sideA, row.sideACount(), row.sideACountPrecision(), stages, StageView::sideAReceived,
						StageView::sideAWithheld),
				side(sideB, row.sideBCount(), row.sideBCountPrecision(), stages, StageView::sideBReceived,
						StageView::sideBWithheld),
				row.criteria(), row.description(), stages,
				ReportedTotalView.compared(reported, stages.stream().map(StageView::sideAReceived).toList(),
						stages.stream().map(StageView::sideBReceived).toList()),
				cited);
	}

	private static SideView side(PartyRef party, Integer agreed, CountPrecision precision, List<StageView> stages,
			Function<StageView, ReceivedCounts> received, Predicate<StageView> withheld) {
		long total = stages.stream().map(received).mapToLong((counts) -> counts.counted().orElse(0)).sum();
		boolean disputed = stages.stream().map(received).anyMatch(ReceivedCounts::disputed);
		return new SideView(party, agreed, precision, total, disputed, stages.stream().anyMatch(withheld));
	}

	private static ReportedTotalView reportedTotal(AgreementRow agreement, List<ReportedTotalRow> rows,
			CitedSources sources) {
		ReportedTotalRow row = rows.get(0);
		return new ReportedTotalView(row.receivedBy(), row.reportedBy(), name(agreement, row.receivedBy()),
				name(agreement, row.reportedBy()), row.total(), row.reportedOn(),
				sources.cite(rows.stream().map(ReportedTotalRow::source).toList()), false);
	}

	private static Name name(AgreementRow agreement, ExchangeSide side) {
		return (side == ExchangeSide.SIDE_A) ? agreement.sideAName() : agreement.sideBName();
	}

	private static StageView stage(List<StageRow> rows, CitedSources sources) {
		StageRow row = rows.get(0);
		return new StageView(row.sequence(), new ReportedDate(row.occurredOn(), row.precision()),
				new ReceivedCounts(row.sideAReceivedPerA(), row.sideAReceivedPerB(), row.sideACounted()),
				new ReceivedCounts(row.sideBReceivedPerA(), row.sideBReceivedPerB(), row.sideBCounted()),
				row.sideAWithheld(), row.sideBWithheld(), row.note(),
				sources.cite(rows.stream().map(StageRow::source).toList()));
	}

	/**
	 * Per receiving side and group: what it was to receive over every agreement, and what
	 * it has.
	 */
	private static List<SideTotal> bySide(List<SideTally> sides) {
		Map<ReturnedTo, List<SideTally>> bySide = new TreeMap<>(SIDE_ORDER);
		sides.forEach(
				(side) -> bySide
					.computeIfAbsent(new ReturnedTo(new PartyRef(side.partySlug(), side.partyName()),
							HandoverGroup.of(side.kind())), (key) -> new ArrayList<>())
					.add(side));
		return bySide.entrySet()
			.stream()
			.map((entry) -> new SideTotal(entry.getKey().party(), entry.getKey().group(),
					ExchangeTotals.sum(entry.getValue(), SideTally::agreed),
					ExchangeTotals.sum(entry.getValue(), SideTally::unreported),
					ExchangeTotals.sum(entry.getValue(), SideTally::received)))
			.toList();
	}

	/**
	 * What each side received of each group on each date (or month); a withheld or
	 * unreported figure adds nothing.
	 */
	private static CumulativeChart<ReturnedTo> chart(Handovers handovers) {
		return CumulativeChart.of(handovers.handovers()
			.stream()
			.map((handover) -> new Increment<>(
					new ReturnedTo(new PartyRef(handover.partySlug(), handover.partyName()), handover.group()),
					new ReportedDate(handover.date(), handover.precision()), handover.received()))
			.toList(), SIDE_ORDER);
	}

	/**
	 * The rows of each fact together (a query gives one row per fact and source), in the
	 * query's order.
	 */
	private static <R> Map<Long, List<R>> byId(List<R> rows, Function<R, Long> id) {
		Map<Long, List<R>> facts = new LinkedHashMap<>();
		rows.forEach((row) -> facts.computeIfAbsent(id.apply(row), (key) -> new ArrayList<>()).add(row));
		return facts;
	}

}
