package org.talkstracker.exchange;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.talkstracker.source.ReportedDate;

/**
 * The geometry of a chart of running totals over time, drawn by a template as SVG: one
 * step line per series, rising on each date by what that date added, with date and count
 * axes. Plain Java, so it is tested without Spring; coordinates are SVG user units in a
 * {@value #WIDTH} by {@value #HEIGHT} box that the page scales to its width.
 *
 * @param <S> what a line stands for
 * @param lines one per series, in the order asked for
 * @param xTicks dates marked on the horizontal axis
 * @param yTicks counts marked on the vertical axis, from zero
 * @param rows the running total of every series on every date, the chart's text
 * alternative
 */
public record CumulativeChart<S>(List<Line<S>> lines, List<XTick> xTicks, List<YTick> yTicks, List<Row> rows) {

	public static final int WIDTH = 640;

	public static final int HEIGHT = 320;

	/**
	 * The plot area: room on the left for counts, above for the count axis's name, below
	 * for dates.
	 */
	public static final int LEFT = 80;

	public static final int RIGHT = WIDTH - 40;

	public static final int TOP = 32;

	public static final int BOTTOM = HEIGHT - 56;

	/**
	 * More dates than this and the date axis gets evenly spaced ticks instead of one per
	 * date.
	 */
	static final int MAX_X_TICKS = 6;

	/**
	 * More dates than this and the lines get no markers: a dot on each of hundreds of
	 * steps hides the line and weighs down the page, and the table gives every value
	 * anyway.
	 */
	static final int MAX_MARKED_DATES = 60;

	/** About how many steps the count axis is divided into. */
	static final int Y_STEPS = 4;

	public CumulativeChart {
		lines = List.copyOf(lines);
		xTicks = List.copyOf(xTicks);
		yTicks = List.copyOf(yTicks);
		rows = List.copyOf(rows);
	}

	/** What one series received on one date, as precisely as that date is known. */
	public record Increment<S>(S series, ReportedDate date, long count) {
	}

	/**
	 * One series: its SVG polyline points, a marker for each date it changed on, and its
	 * final total.
	 */
	public record Line<S>(S series, int index, String points, List<Point> markers, long total) {
	}

	public record Point(double x, double y, LocalDate date, long value) {
	}

	public record XTick(double x, LocalDate date) {
	}

	public record YTick(double y, long value) {
	}

	/**
	 * The running totals of every line on one date, in the order of the lines; the date
	 * as precisely as every handover on it is known.
	 */
	public record Row(ReportedDate date, List<Long> totals) {
	}

	/**
	 * A chart of these increments; no increment at all gives an empty chart, to be told
	 * in words instead.
	 */
	public static <S> CumulativeChart<S> of(Collection<Increment<S>> increments, Comparator<? super S> seriesOrder) {
		if (increments.isEmpty()) {
			return new CumulativeChart<>(List.of(), List.of(), List.of(), List.of());
		}
		Map<LocalDate, ReportedDate> reported = increments.stream()
			.map(Increment::date)
			.collect(Collectors.toMap(ReportedDate::getDate, (date) -> date, CumulativeChart::lessPrecise,
					TreeMap::new));
		TreeSet<LocalDate> dates = new TreeSet<>(reported.keySet());
		Map<S, TreeMap<LocalDate, Long>> running = runningTotals(increments, seriesOrder);
		List<Row> rows = dates.stream()
			.map((date) -> new Row(reported.get(date),
					running.values().stream().map((totals) -> totalOn(totals, date)).toList()))
			.toList();
		long maximum = running.values().stream().mapToLong((totals) -> totals.lastEntry().getValue()).max().orElse(0);
		long step = step(maximum);
		long top = Math.max(step, ceiling(maximum, step));
		Scale scale = new Scale(dates.first(), dates.last(), top);
		List<Line<S>> lines = new ArrayList<>();
		boolean marked = dates.size() <= MAX_MARKED_DATES;
		running.forEach((series, totals) -> lines.add(line(series, lines.size(), totals, scale, marked)));
		List<YTick> yTicks = new ArrayList<>();
		for (long value = 0; value <= top; value += step) {
			yTicks.add(new YTick(scale.y(value), value));
		}
		return new CumulativeChart<>(lines, xTicks(dates, scale), yTicks, rows);
	}

	public boolean isEmpty() {
		return this.lines.isEmpty();
	}

	public LocalDate from() {
		return this.rows.isEmpty() ? null : this.rows.get(0).date().getDate();
	}

	public LocalDate to() {
		return this.rows.isEmpty() ? null : this.rows.get(this.rows.size() - 1).date().getDate();
	}

	public String viewBox() {
		return "0 0 " + WIDTH + " " + HEIGHT;
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return HEIGHT;
	}

	public int left() {
		return LEFT;
	}

	public int right() {
		return RIGHT;
	}

	public int top() {
		return TOP;
	}

	public int bottom() {
		return BOTTOM;
	}

	/** Each series' running total on each date it received something, series in order. */
	private static <S> Map<S, TreeMap<LocalDate, Long>> runningTotals(Collection<Increment<S>> increments,
			Comparator<? super S> seriesOrder) {
		Map<S, TreeMap<LocalDate, Long>> added = new TreeMap<>(seriesOrder);
		increments.forEach((increment) -> added.computeIfAbsent(increment.series(), (series) -> new TreeMap<>())
			.merge(increment.date().getDate(), increment.count(), Long::sum));
		added.values().forEach((byDate) -> {
			long total = 0;
			for (Map.Entry<LocalDate, Long> entry : byDate.entrySet()) {
				total += entry.getValue();
				entry.setValue(total);
			}
		});
		return added;
	}

	/**
	 * A handover known to the day and another known only to the month, on the same day:
	 * the month.
	 */
	private static ReportedDate lessPrecise(ReportedDate one, ReportedDate other) {
		return (other.getPrecision().compareTo(one.getPrecision()) > 0) ? other : one;
	}

	private static long totalOn(TreeMap<LocalDate, Long> totals, LocalDate date) {
		Map.Entry<LocalDate, Long> latest = totals.floorEntry(date);
		return (latest != null) ? latest.getValue() : 0;
	}

	/**
	 * A step line: flat from the left edge at zero, up on each date the series received
	 * something, and flat again to the right edge, since a total stays where it is
	 * between handovers; with a marker on each step when {@code marked}.
	 */
	private static <S> Line<S> line(S series, int index, TreeMap<LocalDate, Long> totals, Scale scale, boolean marked) {
		StringBuilder points = new StringBuilder();
		List<Point> markers = new ArrayList<>();
		long total = 0;
		append(points, LEFT, scale.y(0));
		for (Map.Entry<LocalDate, Long> entry : totals.entrySet()) {
			double x = scale.x(entry.getKey());
			append(points, x, scale.y(total));
			total = entry.getValue();
			append(points, x, scale.y(total));
			if (marked) {
				markers.add(new Point(x, scale.y(total), entry.getKey(), total));
			}
		}
		append(points, RIGHT, scale.y(total));
		return new Line<>(series, index, points.toString().strip(), markers, total);
	}

	/**
	 * Adds a point unless it is where the line already is (a step of zero, or a date on
	 * an edge).
	 */
	private static void append(StringBuilder points, double x, double y) {
		String point = String.format(Locale.ROOT, " %.1f,%.1f", x, y);
		if (!points.toString().endsWith(point)) {
			points.append(point);
		}
	}

	/**
	 * One tick per date while they are few; beyond that, evenly spaced dates from the
	 * first to the last.
	 */
	private static List<XTick> xTicks(TreeSet<LocalDate> dates, Scale scale) {
		if (dates.size() <= MAX_X_TICKS) {
			return dates.stream().map((date) -> new XTick(scale.x(date), date)).toList();
		}
		long days = ChronoUnit.DAYS.between(dates.first(), dates.last());
		List<XTick> ticks = new ArrayList<>();
		for (int i = 0; i < MAX_X_TICKS; i++) {
			LocalDate date = dates.first().plusDays(Math.round((double) days * i / (MAX_X_TICKS - 1)));
			if (ticks.isEmpty() || !ticks.get(ticks.size() - 1).date().equals(date)) {
				ticks.add(new XTick(scale.x(date), date));
			}
		}
		return ticks;
	}

	/**
	 * A round step for the count axis: 1, 2 or 5 times a power of ten, giving about
	 * {@link #Y_STEPS} steps.
	 */
	static long step(long maximum) {
		double raw = maximum / (double) Y_STEPS;
		if (raw <= 1) {
			return 1;
		}
		long magnitude = (long) Math.pow(10, Math.floor(Math.log10(raw)));
		for (long factor : new long[] { 1, 2, 5, 10 }) {
			if (factor * magnitude >= raw) {
				return Math.max(1, factor * magnitude);
			}
		}
		return 10 * magnitude;
	}

	private static long ceiling(long value, long step) {
		return ((value + step - 1) / step) * step;
	}

	/**
	 * From dates and counts to coordinates. A chart of a single date spans a day either
	 * side, so its one step stands in the middle rather than on an axis.
	 */
	private record Scale(LocalDate first, LocalDate last, long top) {

		private LocalDate start() {
			return this.first.equals(this.last) ? this.first.minusDays(1) : this.first;
		}

		private long span() {
			return this.first.equals(this.last) ? 2 : ChronoUnit.DAYS.between(this.first, this.last);
		}

		double x(LocalDate date) {
			return tenths(LEFT + (RIGHT - LEFT) * (double) ChronoUnit.DAYS.between(start(), date) / span());
		}

		double y(long value) {
			return tenths(BOTTOM - (BOTTOM - TOP) * (double) value / this.top);
		}

		/**
		 * A tenth of a unit is finer than any screen shows, and keeps the markup short.
		 */
		private static double tenths(double coordinate) {
			return Math.round(coordinate * 10) / 10.0;
		}

	}

}
