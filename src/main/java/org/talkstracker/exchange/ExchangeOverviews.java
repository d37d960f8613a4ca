package org.talkstracker.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.exchange.CumulativeChart.Increment;
import org.talkstracker.exchange.ExchangeOverview.AgreementView;
import org.talkstracker.exchange.ExchangeOverview.PartyRef;
import org.talkstracker.exchange.ExchangeOverview.ReturnedTo;
import org.talkstracker.exchange.ExchangeOverview.RoundRef;
import org.talkstracker.exchange.ExchangeOverview.SideTotal;
import org.talkstracker.exchange.ExchangeOverview.SideView;
import org.talkstracker.exchange.ExchangeOverview.StageView;
import org.talkstracker.source.CitedSources;
import org.talkstracker.source.ReportedDate;

/**
 * Builds the {@link ExchangeOverview} in two statements whatever the data: the agreements with
 * their rounds, sides and sources, then their stages with theirs. Totals and the chart are
 * worked out here from those rows, counting as {@link ReceivedCounts#counted()} does: where the
 * sides' reports of a stage differ, the lower figure.
 */
@Service
class ExchangeOverviews {

	private static final Comparator<ReturnedTo> SIDE_ORDER = Comparator
		.comparing((ReturnedTo returned) -> returned.party().name())
		.thenComparing((returned) -> returned.party().slug())
		.thenComparing(ReturnedTo::group);

	private final ExchangeAgreementRepository agreements;

	ExchangeOverviews(ExchangeAgreementRepository agreements) {
		this.agreements = agreements;
	}

	@Transactional(readOnly = true)
	public ExchangeOverview overview() {
		Map<Long, List<AgreementRow>> agreementRows = byId(this.agreements.findPublishedAgreementRows(),
				AgreementRow::id);
		Map<Long, List<StageRow>> stageRows = byId(this.agreements.findPublishedStageRows(), StageRow::id);
		Map<Long, List<List<StageRow>>> stagesByAgreement = new LinkedHashMap<>();
		stageRows.values()
			.forEach((rows) -> stagesByAgreement.computeIfAbsent(rows.get(0).agreementId(), (id) -> new ArrayList<>())
				.add(rows));
		// Sources are numbered as the page shows them: an agreement's, then those of its stages.
		CitedSources sources = new CitedSources();
		List<AgreementView> views = new ArrayList<>();
		agreementRows.forEach((id, rows) -> {
			List<Integer> cited = sources.cite(rows.stream().map(AgreementRow::source).toList());
			List<StageView> stages = stagesByAgreement.getOrDefault(id, List.of())
				.stream()
				.map((stage) -> stage(stage, sources))
				.toList();
			views.add(agreement(rows.get(0), stages, cited));
		});
		return new ExchangeOverview(views, byKind(views), bySide(views), chart(views), sources.list());
	}

	private static AgreementView agreement(AgreementRow row, List<StageView> stages, List<Integer> cited) {
		PartyRef sideA = new PartyRef(row.sideASlug(), row.sideAName());
		PartyRef sideB = new PartyRef(row.sideBSlug(), row.sideBName());
		return new AgreementView(row.slug(), row.kind(), row.allForAll(),
				new RoundRef(row.roundSlug(), row.roundNumber(), row.city(), row.heldOn(), row.processName()),
				side(sideA, row.sideACount(), stages, StageView::sideAReceived, StageView::sideAWithheld),
				side(sideB, row.sideBCount(), stages, StageView::sideBReceived, StageView::sideBWithheld),
				row.criteria(), row.description(), stages, cited);
	}

	private static SideView side(PartyRef party, Integer agreed, List<StageView> stages,
			Function<StageView, ReceivedCounts> received, Predicate<StageView> withheld) {
		long total = stages.stream().map(received).mapToLong((counts) -> counts.counted().orElse(0)).sum();
		boolean disputed = stages.stream().map(received).anyMatch(ReceivedCounts::disputed);
		return new SideView(party, agreed, total, disputed, stages.stream().anyMatch(withheld));
	}

	private static StageView stage(List<StageRow> rows, CitedSources sources) {
		StageRow row = rows.get(0);
		return new StageView(row.sequence(), new ReportedDate(row.occurredOn(), row.precision()),
				new ReceivedCounts(row.sideAReceivedPerA(), row.sideAReceivedPerB()),
				new ReceivedCounts(row.sideBReceivedPerA(), row.sideBReceivedPerB()), row.sideAWithheld(),
				row.sideBWithheld(), row.note(), sources.cite(rows.stream().map(StageRow::source).toList()));
	}

	/** Both sides together, per kind, as the home page's headline figures count them. */
	private static List<ExchangeTotal> byKind(List<AgreementView> agreements) {
		Map<ExchangeKind, Tally> totals = new EnumMap<>(ExchangeKind.class);
		agreements.forEach((agreement) -> totals.computeIfAbsent(agreement.kind(), (kind) -> new Tally())
			.add(agreement.sideA())
			.add(agreement.sideB())
			// An agreement missing either count leaves the kind's agreed total a floor, once.
			.uncounted((agreement.sideA().agreed() == null || agreement.sideB().agreed() == null) ? 1 : 0));
		return totals.entrySet()
			.stream()
			.map((entry) -> new ExchangeTotal(entry.getKey(), entry.getValue().agreed, entry.getValue().fulfilled,
					entry.getValue().uncounted))
			.toList();
	}

	private static List<SideTotal> bySide(List<AgreementView> agreements) {
		Map<ReturnedTo, Tally> totals = new TreeMap<>(SIDE_ORDER);
		agreements.forEach((agreement) -> {
			for (SideView side : List.of(agreement.sideA(), agreement.sideB())) {
				totals.computeIfAbsent(new ReturnedTo(side.party(), HandoverGroup.of(agreement.kind())),
						(key) -> new Tally())
					.add(side)
					.uncounted((side.agreed() == null) ? 1 : 0);
			}
		});
		return totals.entrySet()
			.stream()
			.map((entry) -> new SideTotal(entry.getKey().party(), entry.getKey().group(), entry.getValue().agreed,
					entry.getValue().uncounted, entry.getValue().fulfilled))
			.toList();
	}

	/** What each side received of each group on each stage's date; a withheld or unreported figure adds nothing. */
	private static CumulativeChart<ReturnedTo> chart(List<AgreementView> agreements) {
		List<Increment<ReturnedTo>> increments = new ArrayList<>();
		agreements.forEach((agreement) -> {
			HandoverGroup group = HandoverGroup.of(agreement.kind());
			agreement.stages().forEach((stage) -> {
				increments.add(new Increment<>(new ReturnedTo(agreement.sideA().party(), group), stage.occurred(),
						stage.sideAReceived().counted().orElse(0)));
				increments.add(new Increment<>(new ReturnedTo(agreement.sideB().party(), group), stage.occurred(),
						stage.sideBReceived().counted().orElse(0)));
			});
		});
		return CumulativeChart.of(increments, SIDE_ORDER);
	}

	/** Agreed against fulfilled, added up side by side. */
	private static final class Tally {

		private long agreed;

		private long fulfilled;

		private long uncounted;

		Tally add(SideView side) {
			this.agreed += Objects.requireNonNullElse(side.agreed(), 0);
			this.fulfilled += side.received();
			return this;
		}

		void uncounted(int agreements) {
			this.uncounted += agreements;
		}

	}

	/** The rows of each fact together (a query gives one row per fact and source), in the query's order. */
	private static <R> Map<Long, List<R>> byId(List<R> rows, Function<R, Long> id) {
		Map<Long, List<R>> facts = new LinkedHashMap<>();
		rows.forEach((row) -> facts.computeIfAbsent(id.apply(row), (key) -> new ArrayList<>()).add(row));
		return facts;
	}

}
