package org.talkstracker.exchange;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts reports that are not stored stages (a release's data file): asks the database's
 * {@code counted_figure}, the one home of the rule, for all of them in one statement.
 */
@Component
public class CountedFigures {

	private final JdbcClient jdbc;

	CountedFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The reports as given, each with the figure that counts. */
	@Transactional(readOnly = true)
	public List<ReceivedCounts> counted(List<ReceivedCounts> reports) {
		if (reports.isEmpty()) {
			return List.of();
		}
		Integer[] perSideA = reports.stream().map(ReceivedCounts::perSideA).toArray(Integer[]::new);
		Integer[] perSideB = reports.stream().map(ReceivedCounts::perSideB).toArray(Integer[]::new);
		return this.jdbc.sql("""
				select r.a, r.b, counted_figure(r.a, r.b) as counted
				from unnest(cast(:a as integer[]), cast(:b as integer[])) with ordinality as r(a, b, n)
				order by r.n""")
			.param("a", perSideA)
			.param("b", perSideB)
			.query((row, number) -> new ReceivedCounts((Integer) row.getObject("a"), (Integer) row.getObject("b"),
					(Integer) row.getObject("counted")))
			.list();
	}

}
