package org.talkstracker.process;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.editing.RecordNames;

/** Peace processes by the names readers know them by. */
@Component
class ProcessNames implements RecordNames {

	private final PeaceProcessRepository records;

	ProcessNames(PeaceProcessRepository records) {
		this.records = records;
	}

	@Override
	public String kind() {
		return "process";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, String> names(Collection<String> slugs) {
		return this.records.findBySlugIn(slugs)
			.stream()
			.collect(Collectors.toMap(PeaceProcess::getSlug, PeaceProcess::getName));
	}

}
