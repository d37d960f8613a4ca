package org.talkstracker.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.talkstracker.exchange.CumulativeChart.Increment;
import org.talkstracker.exchange.CumulativeChart.Line;
import org.talkstracker.exchange.CumulativeChart.Point;
import org.talkstracker.exchange.CumulativeChart.Row;
import org.talkstracker.exchange.CumulativeChart.XTick;
import org.talkstracker.exchange.CumulativeChart.YTick;
import org.talkstracker.source.DatePrecision;
import org.talkstracker.source.ReportedDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The chart's geometry, without Spring: plot area x 80–600, y 264 (zero) up to 32 (the
 * top count).
 */
class CumulativeChartTests {

	private static final LocalDate FEB_1 = LocalDate.of(2030, 2, 1);

	private static final LocalDate FEB_2 = LocalDate.of(2030, 2, 2);

	@Test
	void noIncrementMakesAnEmptyChart() {
		CumulativeChart<String> chart = CumulativeChart.of(List.of(), Comparator.naturalOrder());

		assertThat(chart.isEmpty()).isTrue();
		assertThat(chart.lines()).isEmpty();
		assertThat(chart.rows()).isEmpty();
		assertThat(chart.from()).isNull();
	}

	@Test
	void linesStepUpOnEachDateFromZeroAtTheLeftEdgeToTheirTotalAtTheRightEdge() {
		CumulativeChart<String> chart = twoSidesTwoDays();

		// Top count 60: 30 is at 264 - 232 * 30 / 60 = 148, 55 at 51.3, 60 at 32.
		assertThat(chart.lines()).extracting(Line::series, Line::points, Line::total)
			.containsExactly(tuple("Russia", "80.0,264.0 80.0,148.0 600.0,148.0 600.0,51.3", 55L),
					tuple("Ukraine", "80.0,264.0 80.0,148.0 600.0,148.0 600.0,32.0", 60L));
		assertThat(chart.lines().get(1).markers()).extracting(Point::x, Point::y, Point::value)
			.containsExactly(tuple(80.0, 148.0, 30L), tuple(600.0, 32.0, 60L));
	}

	@Test
	void theCountAxisRisesInRoundStepsToJustAboveTheHighestTotal() {
		CumulativeChart<String> chart = twoSidesTwoDays();

		assertThat(chart.yTicks()).extracting(YTick::value).containsExactly(0L, 20L, 40L, 60L);
		assertThat(chart.yTicks()).extracting(YTick::y).containsExactly(264.0, 186.7, 109.3, 32.0);
	}

	@Test
	void theDateAxisMarksEachDateWhileTheyAreFew() {
		assertThat(twoSidesTwoDays().xTicks()).containsExactly(new XTick(80, FEB_1, "start", true),
				new XTick(600, FEB_2, "end", true));
	}

	@Test
	void theTableGivesEveryLinesRunningTotalOnEveryDate() {
		CumulativeChart<String> chart = CumulativeChart.of(List.of(new Increment<>("Russia", day(FEB_1), 30),
				new Increment<>("Ukraine", day(FEB_2), 40), new Increment<>("Russia", day(FEB_2), 5)),
				Comparator.naturalOrder());

		// Ukraine had received nothing by 1 February.
		assertThat(chart.rows()).containsExactly(new Row(day(FEB_1), List.of(30L, 0L)),
				new Row(day(FEB_2), List.of(35L, 40L)));
		assertThat(chart.from()).isEqualTo(FEB_1);
		assertThat(chart.to()).isEqualTo(FEB_2);
	}

	@Test
	void linesComeInTheOrderAskedForAndSameDayIncrementsAddUp() {
		CumulativeChart<String> chart = CumulativeChart.of(List.of(new Increment<>("b", day(FEB_1), 1),
				new Increment<>("a", day(FEB_1), 2), new Increment<>("a", day(FEB_1), 3)), Comparator.reverseOrder());

		assertThat(chart.lines()).extracting(Line::series, Line::index, Line::total)
			.containsExactly(tuple("b", 0, 1L), tuple("a", 1, 5L));
		assertThat(chart.rows()).containsExactly(new Row(day(FEB_1), List.of(1L, 5L)));
	}

	@Test
	void aSingleDateStandsInTheMiddle() {
		CumulativeChart<String> chart = CumulativeChart.of(List.of(new Increment<>("Russia", day(FEB_1), 390)),
				Comparator.naturalOrder());

		assertThat(chart.xTicks()).containsExactly(new XTick(340, FEB_1, "middle", true));
		// 390 on an axis of 0, 100, …, 400.
		assertThat(chart.lines().get(0).points()).isEqualTo("80.0,264.0 340.0,264.0 340.0,37.8 600.0,37.8");
		assertThat(chart.yTicks()).extracting(YTick::value).containsExactly(0L, 100L, 200L, 300L, 400L);
	}

	@Test
	void manyDatesGetAFewEvenlySpacedTicksFromTheFirstToTheLast() {
		List<Increment<String>> increments = new ArrayList<>();
		for (int offset = 0; offset < 100; offset += 3) {
			increments.add(new Increment<>("Russia", day(FEB_1.plusDays(offset)), 10));
		}

		List<XTick> ticks = CumulativeChart.of(increments, Comparator.<String>naturalOrder()).xTicks();

		assertThat(ticks).hasSizeLessThanOrEqualTo(CumulativeChart.MAX_X_TICKS);
		assertThat(ticks.get(0)).isEqualTo(new XTick(80, FEB_1, "start", true));
		assertThat(ticks.get(ticks.size() - 1)).isEqualTo(new XTick(600, FEB_1.plusDays(99), "end", true));
	}

	@Test
	void datesTooCloseForTheirLabelsAreLeftOffTheAxisKeepingTheFirstAndTheLast() {
		// The handovers of 23, 24, 25 and 28 May and 9 June 2025: a day is 520 / 17 =
		// 30.6
		// units, less than a label's width.
		List<Increment<String>> increments = new ArrayList<>();
		for (LocalDate date : List.of(LocalDate.of(2025, 5, 23), LocalDate.of(2025, 5, 24), LocalDate.of(2025, 5, 25),
				LocalDate.of(2025, 5, 28), LocalDate.of(2025, 6, 9))) {
			increments.add(new Increment<>("Russia", day(date), 300));
		}

		List<XTick> ticks = CumulativeChart.of(increments, Comparator.<String>naturalOrder()).xTicks();

		assertThat(ticks).extracting(XTick::date, XTick::anchor)
			.containsExactly(tuple(LocalDate.of(2025, 5, 23), "start"), tuple(LocalDate.of(2025, 5, 28), "middle"),
					tuple(LocalDate.of(2025, 6, 9), "end"));
		for (int i = 1; i < ticks.size(); i++) {
			assertThat(labelStart(ticks.get(i), CumulativeChart.WIDE_LABEL)).as("label %d", i)
				.isGreaterThanOrEqualTo(
						labelEnd(ticks.get(i - 1), CumulativeChart.WIDE_LABEL) + CumulativeChart.LABEL_GAP);
		}
		// On a narrow screen only the first and the last fit.
		assertThat(ticks).filteredOn(XTick::narrow)
			.extracting(XTick::date)
			.containsExactly(LocalDate.of(2025, 5, 23), LocalDate.of(2025, 6, 9));
	}

	@Test
	void linesWithTheSameFiguresLieSideBySideInsteadOfOneHidingTheOther() {
		List<Increment<String>> increments = new ArrayList<>();
		for (String side : List.of("Russia", "Ukraine")) {
			increments.add(new Increment<>(side, day(FEB_1), 30));
			increments.add(new Increment<>(side, day(FEB_2), 30));
		}

		CumulativeChart<String> chart = CumulativeChart.of(increments, Comparator.naturalOrder());

		assertThat(chart.lines()).extracting(Line::points)
			.containsExactly("80.0,264.0 80.0,148.0 600.0,148.0 600.0,32.0",
					"80.0,261.0 80.0,145.0 600.0,145.0 600.0,29.0");
		assertThat(chart.lines().get(1).markers()).extracting(Point::y, Point::value)
			.containsExactly(tuple(145.0, 30L), tuple(29.0, 60L));
		assertThat(chart.yTicks()).extracting(YTick::y).containsExactly(264.0, 186.7, 109.3, 32.0);
	}

	private static double labelStart(XTick tick, double width) {
		return switch (tick.anchor()) {
			case "start" -> tick.x();
			case "end" -> tick.x() - width;
			default -> tick.x() - width / 2;
		};
	}

	private static double labelEnd(XTick tick, double width) {
		return labelStart(tick, width) + width;
	}

	@Test
	void linesOfManyDatesHaveNoMarkersButTheTableHasEveryDate() {
		List<Increment<String>> increments = new ArrayList<>();
		for (int offset = 0; offset <= CumulativeChart.MAX_MARKED_DATES; offset++) {
			increments.add(new Increment<>("Russia", day(FEB_1.plusDays(offset)), 10));
		}
		List<Increment<String>> fewer = increments.subList(0, CumulativeChart.MAX_MARKED_DATES);

		CumulativeChart<String> chart = CumulativeChart.of(increments, Comparator.<String>naturalOrder());

		assertThat(chart.lines().get(0).markers()).isEmpty();
		assertThat(chart.rows()).hasSize(CumulativeChart.MAX_MARKED_DATES + 1);
		assertThat(CumulativeChart.of(fewer, Comparator.<String>naturalOrder()).lines().get(0).markers())
			.hasSize(CumulativeChart.MAX_MARKED_DATES);
	}

	@Test
	void handoversWithNoReportedFigureStillChartOnAnAxisUpToOne() {
		CumulativeChart<String> chart = CumulativeChart.of(List.of(new Increment<>("Russia", day(FEB_1), 0)),
				Comparator.naturalOrder());

		assertThat(chart.isEmpty()).isFalse();
		assertThat(chart.yTicks()).extracting(YTick::value).containsExactly(0L, 1L);
		assertThat(chart.lines().get(0).points()).isEqualTo("80.0,264.0 340.0,264.0 600.0,264.0");
	}

	@Test
	void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
		assertThat(CumulativeChart.step(0)).isEqualTo(1);
		assertThat(CumulativeChart.step(3)).isEqualTo(1);
		assertThat(CumulativeChart.step(60)).isEqualTo(20);
		assertThat(CumulativeChart.step(115)).isEqualTo(50);
		assertThat(CumulativeChart.step(12_000)).isEqualTo(5_000);
	}

	@Test
	void aDateIsGivenAsPreciselyAsEveryHandoverOnItIsKnown() {
		ReportedDate march = new ReportedDate(LocalDate.of(2030, 3, 1), DatePrecision.MONTH);
		CumulativeChart<String> chart = CumulativeChart.of(
				List.of(new Increment<>("Russia", day(march.getDate()), 10), new Increment<>("Ukraine", march, 20)),
				Comparator.naturalOrder());

		assertThat(chart.rows()).containsExactly(new Row(march, List.of(10L, 20L)));
	}

	private static ReportedDate day(LocalDate date) {
		return new ReportedDate(date, DatePrecision.DAY);
	}

	private static CumulativeChart<String> twoSidesTwoDays() {
		return CumulativeChart.of(
				List.of(new Increment<>("Ukraine", day(FEB_1), 30), new Increment<>("Russia", day(FEB_1), 30),
						new Increment<>("Russia", day(FEB_2), 25), new Increment<>("Ukraine", day(FEB_2), 30)),
				Comparator.naturalOrder());
	}

}
