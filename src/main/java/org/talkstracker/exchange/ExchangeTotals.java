package org.talkstracker.exchange;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.exchange.ExchangeTallies.SideTally;

/**
 * Headline figures: agreed against fulfilled per kind, over every published round, in one
 * statement.
 */
@Service
public class ExchangeTotals {

	private final ExchangeTallies tallies;

	ExchangeTotals(ExchangeTallies tallies) {
		this.tallies = tallies;
	}

	@Transactional(readOnly = true)
	public List<ExchangeTotal> byKind() {
		return byKind(this.tallies.sides());
	}

	/** Both sides together, per kind, in the order of the kinds. */
	static List<ExchangeTotal> byKind(List<SideTally> sides) {
		Map<ExchangeKind, List<SideTally>> byKind = sides.stream()
			.collect(Collectors.groupingBy(SideTally::kind, TreeMap::new, Collectors.toList()));
		return byKind.entrySet()
			.stream()
			.map((entry) -> new ExchangeTotal(entry.getKey(), sum(entry.getValue(), SideTally::agreed),
					sum(entry.getValue(), SideTally::received), sum(entry.getValue(), SideTally::incomplete)))
			.toList();
	}

	static long sum(List<SideTally> sides, ToLongFunction<SideTally> figure) {
		return sides.stream().mapToLong(figure).sum();
	}

}
