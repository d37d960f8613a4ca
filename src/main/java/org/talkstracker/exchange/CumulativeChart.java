package org.talkstracker.exchange;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
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
	 * More dates than this and the date axis is offered evenly spaced dates instead of
	 * one per date; of those, only the ones whose labels fit beside each other are kept.
	 */
	static final int MAX_X_TICKS = 6;

	/**
	 * How wide a date label ("23 May 2025") is taken to be, in user units, at the size
	 * wide screens show it (12 units): about seven ems, with room to spare.
	 */
	static final double WIDE_LABEL = 84;

	/**
	 * The same on a narrow screen, where labels are drawn at 22 units so that they stay
	 * legible (about 11 px) when the chart is scaled down to a phone's width: the chart
	 * then shows fewer dates, never smaller text.
	 */
	static final double NARROW_LABEL = 154;

	/** The least space between two date labels, in user units. */
	static final double LABEL_GAP = 12;

	/**
	 * How far a line is lifted for each earlier line with the very same totals, in user
	 * units, so that lines with equal figures lie side by side instead of one hiding the
	 * other.
	 */
	static final double SAME_LINE_OFFSET = 3;

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

		/**
		 * The markers' places as SVG points, where the browser draws the line's marker; a
		 * single place twice, so that it is a line with a start and an end.
		 */
		public String markerPoints() {
			List<String> places = this.markers.stream().map((marker) -> point(marker.x(), marker.y())).toList();
			return String.join(" ", (places.size() == 1) ? List.of(places.get(0), places.get(0)) : places);
		}

	}

	public record Point(double x, double y, LocalDate date, long value) {
	}

	/**
	 * A date marked on the horizontal axis.
	 *
	 * @param x where
	 * @param date which date
	 * @param anchor how its label lines up with it: {@code start} at the left edge,
	 * {@code end} at the right edge, else {@code middle}
	 * @param narrow whether its label is also shown on a narrow screen, where labels are
	 * larger and fewer fit
	 */
	public record XTick(double x, LocalDate date, String anchor, boolean narrow) {
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
		List<TreeMap<LocalDate, Long>> drawn = new ArrayList<>();
		running.forEach((series, totals) -> {
			long same = drawn.stream().filter(totals::equals).count();
			lines.add(line(series, lines.size(), totals, scale.lifted(same * SAME_LINE_OFFSET), marked));
			drawn.add(totals);
		});
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
		Polyline points = new Polyline();
		List<Point> markers = new ArrayList<>();
		long total = 0;
		points.add(LEFT, scale.y(0));
		for (Map.Entry<LocalDate, Long> entry : totals.entrySet()) {
			double x = scale.x(entry.getKey());
			points.add(x, scale.y(total));
			total = entry.getValue();
			points.add(x, scale.y(total));
			if (marked) {
				markers.add(new Point(x, scale.y(total), entry.getKey(), total));
			}
		}
		points.add(RIGHT, scale.y(total));
		return new Line<>(series, index, points.toString(), markers, total);
	}

	/**
	 * An SVG point to a tenth of a unit: coordinates are whole tenths already (see
	 * {@link Scale}), so their digits are written as they are, which is what
	 * {@code String.format("%.1f")} wrote at many times the cost (a chart by month over
	 * years draws thousands of points).
	 */
	private static String point(double x, double y) {
		return tenths(x) + "," + tenths(y);
	}

	private static String tenths(double coordinate) {
		long tenths = Math.round(coordinate * 10);
		String sign = (tenths < 0) ? "-" : "";
		return sign + Math.abs(tenths / 10) + "." + Math.abs(tenths % 10);
	}

	/**
	 * A line's points, each added unless it is where the line already is (a step of zero,
	 * or a date on an edge).
	 */
	private static final class Polyline {

		private final StringBuilder points = new StringBuilder();

		private String last;

		void add(double x, double y) {
			String point = point(x, y);
			if (!point.equals(this.last)) {
				if (this.last != null) {
					this.points.append(' ');
				}
				this.points.append(point);
				this.last = point;
			}
		}

		@Override
		public String toString() {
			return this.points.toString();
		}

	}

	/**
	 * The dates on the axis: each date while they are few, else evenly spaced dates from
	 * the first to the last; of those, the ones whose labels fit side by side at the size
	 * wide screens show them, and of these again the ones that fit at the larger size of
	 * narrow screens. The first and the last date are kept before those between.
	 */
	private static List<XTick> xTicks(TreeSet<LocalDate> dates, Scale scale) {
		List<LocalDate> offered = new ArrayList<>();
		if (dates.size() <= MAX_X_TICKS) {
			offered.addAll(dates);
		}
		else {
			long days = ChronoUnit.DAYS.between(dates.first(), dates.last());
			for (int i = 0; i < MAX_X_TICKS; i++) {
				LocalDate date = dates.first().plusDays(Math.round((double) days * i / (MAX_X_TICKS - 1)));
				if (offered.isEmpty() || !offered.get(offered.size() - 1).equals(date)) {
					offered.add(date);
				}
			}
		}
		List<LocalDate> wide = fitting(offered, scale, WIDE_LABEL);
		List<LocalDate> narrow = fitting(wide, scale, NARROW_LABEL);
		return wide.stream()
			.map((date) -> new XTick(scale.x(date), date, anchor(scale.x(date), WIDE_LABEL), narrow.contains(date)))
			.toList();
	}

	/**
	 * The dates whose labels of this width do not touch: the first, then each that fits
	 * after the last one kept, and the last date in place of a kept one it would touch.
	 */
	private static List<LocalDate> fitting(List<LocalDate> dates, Scale scale, double width) {
		List<LocalDate> kept = new ArrayList<>();
		for (LocalDate date : dates) {
			if (kept.isEmpty() || fits(kept.get(kept.size() - 1), date, scale, width)) {
				kept.add(date);
			}
			else if (date.equals(dates.get(dates.size() - 1)) && kept.size() > 1) {
				kept.remove(kept.size() - 1);
				if (fits(kept.get(kept.size() - 1), date, scale, width)) {
					kept.add(date);
				}
			}
		}
		return kept;
	}

	private static boolean fits(LocalDate left, LocalDate right, Scale scale, double width) {
		return label(scale.x(left), width)[1] + LABEL_GAP <= label(scale.x(right), width)[0];
	}

	/**
	 * Where a label of this width stands, from its left to its right end: centred on its
	 * date, or lined up with the plot's edge where centring would run past it.
	 */
	private static double[] label(double x, double width) {
		return switch (anchor(x, width)) {
			case "start" -> new double[] { x, x + width };
			case "end" -> new double[] { x - width, x };
			default -> new double[] { x - width / 2, x + width / 2 };
		};
	}

	private static String anchor(double x, double width) {
		if (x - width / 2 < LEFT) {
			return "start";
		}
		return (x + width / 2 > RIGHT) ? "end" : "middle";
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
	private record Scale(LocalDate first, LocalDate last, long top, double lift) {

		Scale(LocalDate first, LocalDate last, long top) {
			this(first, last, top, 0);
		}

		/** The same scale with counts drawn this many units higher. */
		Scale lifted(double units) {
			return new Scale(this.first, this.last, this.top, units);
		}

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
			return tenths(BOTTOM - (BOTTOM - TOP) * (double) value / this.top - this.lift);
		}

		/**
		 * A tenth of a unit is finer than any screen shows, and keeps the markup short.
		 */
		private static double tenths(double coordinate) {
			return Math.round(coordinate * 10) / 10.0;
		}

	}

}
