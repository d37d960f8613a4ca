package org.talkstracker.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.exchange.CumulativeChart.Increment;
import org.talkstracker.exchange.ExchangeOverview.AgreementView;
import org.talkstracker.exchange.ExchangeOverview.PartyRef;
import org.talkstracker.exchange.ExchangeOverview.ReturnedTo;
import org.talkstracker.exchange.ExchangeOverview.RoundRef;
import org.talkstracker.exchange.ExchangeOverview.SideTotal;
import org.talkstracker.exchange.ExchangeView.SideProgress;
import org.talkstracker.exchange.ExchangeView.StageView;
import org.talkstracker.exchange.ExchangeTallies.Handovers;
import org.talkstracker.exchange.ExchangeTallies.SideTally;
import org.talkstracker.exchange.ExchangeRecords.AgreementRecord;
import org.talkstracker.exchange.ExchangeRecords.PublishedAgreement;
import org.talkstracker.exchange.ExchangeRecords.PublishedPage;
import org.talkstracker.exchange.ExchangeRecords.ReportedTotalRecord;
import org.talkstracker.exchange.ExchangeRecords.StageRecord;
import org.talkstracker.source.CitedSources;
import org.talkstracker.source.FactCitations;
import org.talkstracker.source.FactCitations.CitingFact;
import org.talkstracker.source.FactCitations.Cited;
import org.talkstracker.source.ReportedDate;

/**
 * Builds the {@link ExchangeOverview} in five statements whatever the data: the totals
 * and the chart from the exchange tallies, then one page of agreements read as plain
 * records (the agreements with their rounds, sides and stages, the totals reported, and
 * the sources all of them cite). An agreement's progress adds up its stages' counted
 * figures, which the database gives as it gives the tallies their figures
 * ({@code counted_figure}: where the sides' reports of a stage differ, the lower figure).
 */
@Service
class ExchangeOverviews {

	/** Each agreement comes with its table of stages: ten make a page long enough. */
	static final int PAGE_SIZE = 10;

	private static final Comparator<ReturnedTo> SIDE_ORDER = Comparator
		.comparing((ReturnedTo returned) -> returned.party().name().en())
		.thenComparing((returned) -> returned.party().slug())
		.thenComparing(ReturnedTo::group);

	private final ExchangeRecords records;

	private final FactCitations citations;

	private final ExchangeTallies tallies;

	ExchangeOverviews(ExchangeRecords records, FactCitations citations, ExchangeTallies tallies) {
		this.records = records;
		this.citations = citations;
		this.tallies = tallies;
	}

	@Transactional(readOnly = true)
	public ExchangeOverview overview(Pageable pageable) {
		List<SideTally> sides = this.tallies.sides();
		// Each agreement counts once on each of its two sides' tallies.
		long agreementCount = ExchangeTotals.sum(sides, SideTally::agreements) / 2;
		Handovers handovers = this.tallies.handovers();
		PublishedPage withStages = this.records.publishedPage(pageable);
		List<PublishedAgreement> page = withStages.agreements();
		List<Long> ids = page.stream().map((agreement) -> agreement.agreement().id()).toList();
		List<AgreementView> views = new ArrayList<>();
		CitedSources sources = new CitedSources();
		if (!ids.isEmpty()) {
			Map<Long, List<StageRecord>> stages = byAgreement(withStages.stages(), StageRecord::agreementId);
			Map<Long, List<ReportedTotalRecord>> totals = byAgreement(this.records.reportedTotalsOf(ids),
					ReportedTotalRecord::agreementId);
			Map<CitingFact, List<Long>> citing = new EnumMap<>(CitingFact.class);
			citing.put(CitingFact.EXCHANGE_AGREEMENT, ids);
			citing.put(CitingFact.EXCHANGE_STAGE,
					stages.values().stream().flatMap(List::stream).map(StageRecord::id).toList());
			citing.put(CitingFact.EXCHANGE_REPORTED_TOTAL,
					totals.values().stream().flatMap(List::stream).map(ReportedTotalRecord::id).toList());
			Cited cited = this.citations.of(citing);
			// Sources are numbered as the page shows them: an agreement's, then those of
			// its stages, then those of its reported totals.
			for (PublishedAgreement published : page) {
				AgreementRecord agreement = published.agreement();
				List<Integer> agreementSources = sources
					.citeRecords(cited.by(CitingFact.EXCHANGE_AGREEMENT, agreement.id()));
				List<StageView> stageViews = stages.getOrDefault(agreement.id(), List.of())
					.stream()
					.map((stage) -> stage(stage, sources.citeRecords(cited.by(CitingFact.EXCHANGE_STAGE, stage.id()))))
					.toList();
				List<ReportedTotalView> reported = totals.getOrDefault(agreement.id(), List.of())
					.stream()
					.map((total) -> reportedTotal(agreement, total,
							sources.citeRecords(cited.by(CitingFact.EXCHANGE_REPORTED_TOTAL, total.id()))))
					.toList();
				views.add(agreement(published, stageViews, reported, agreementSources));
			}
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

	private static AgreementView agreement(PublishedAgreement published, List<StageView> stages,
			List<ReportedTotalView> reported, List<Integer> cited) {
		AgreementRecord row = published.agreement();
		return new AgreementView(
				new RoundRef(published.roundSlug(), published.roundNumber(), published.city(), published.heldOn(),
						published.processName()),
				ExchangeView.of(row.slug(), row.kind(), row.allForAll(),
						SideProgress.of(row.sideA(), row.sideACount(), row.sideACountPrecision(), stages,
								StageView::sideAReceived, StageView::sideAWithheld),
						SideProgress.of(row.sideB(), row.sideBCount(), row.sideBCountPrecision(), stages,
								StageView::sideBReceived, StageView::sideBWithheld),
						row.criteria(), row.description(), stages, reported, cited));
	}

	private static ReportedTotalView reportedTotal(AgreementRecord agreement, ReportedTotalRecord total,
			List<Integer> cited) {
		return new ReportedTotalView(total.receivedBy(), total.reportedBy(), agreement.party(total.receivedBy()).name(),
				agreement.party(total.reportedBy()).name(), total.total(), total.reportedOn(), cited, false);
	}

	private static StageView stage(StageRecord stage, List<Integer> cited) {
		return new StageView(stage.sequence(), new ReportedDate(stage.occurredOn(), stage.occurredPrecision()),
				stage.announcedOn(), stage.sideAReceived(), stage.sideBReceived(), stage.sideAWithheld(),
				stage.sideBWithheld(), stage.note(), cited);
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

	/** The records of each agreement together, in the query's order. */
	private static <R> Map<Long, List<R>> byAgreement(List<R> records, Function<R, Long> agreement) {
		Map<Long, List<R>> byAgreement = new LinkedHashMap<>();
		records.forEach((record) -> byAgreement.computeIfAbsent(agreement.apply(record), (key) -> new ArrayList<>())
			.add(record));
		return byAgreement;
	}

}
