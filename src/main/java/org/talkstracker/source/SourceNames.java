package org.talkstracker.source;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.editing.RecordNames;

/** Sources as readers see them cited: publisher and title. */
@Component
class SourceNames implements RecordNames {

	private final SourceRepository records;

	SourceNames(SourceRepository records) {
		this.records = records;
	}

	@Override
	public String kind() {
		return "source";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, String> names(Collection<String> slugs) {
		return this.records.findBySlugIn(slugs)
			.stream()
			.collect(Collectors.toMap(Source::getSlug, (source) -> source.getPublisher() + " — " + source.getTitle()));
	}

}
