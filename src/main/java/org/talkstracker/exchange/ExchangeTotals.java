package org.talkstracker.exchange;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Headline figures: agreed against fulfilled per kind, over every published round. */
@Service
public class ExchangeTotals {

	private final ExchangeAgreementRepository agreements;

	ExchangeTotals(ExchangeAgreementRepository agreements) {
		this.agreements = agreements;
	}

	@Transactional(readOnly = true)
	public List<ExchangeTotal> byKind() {
		Map<ExchangeKind, Long> fulfilled = new EnumMap<>(ExchangeKind.class);
		this.agreements.fulfilledByKind().forEach((row) -> fulfilled.put(row.kind(), row.count()));
		return this.agreements.agreedByKind()
			.stream()
			.sorted(Comparator.comparing(AgreedCount::kind))
			.map((agreed) -> new ExchangeTotal(agreed.kind(), agreed.count(), fulfilled.getOrDefault(agreed.kind(), 0L),
					agreed.withoutCount()))
			.toList();
	}

}
