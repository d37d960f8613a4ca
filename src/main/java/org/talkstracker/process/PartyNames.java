package org.talkstracker.process;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.editing.RecordNames;

/** Parties by the names readers know them by. */
@Component
class PartyNames implements RecordNames {

	private final PartyRepository records;

	PartyNames(PartyRepository records) {
		this.records = records;
	}

	@Override
	public String kind() {
		return "party";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, String> names(Collection<String> slugs) {
		return this.records.findBySlugIn(slugs).stream().collect(Collectors.toMap(Party::getSlug, Party::getName));
	}

}
