package org.talkstracker.people;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.editing.RecordNames;

/** People by the names readers know them by. */
@Component
class PersonNames implements RecordNames {

	private final PersonRepository records;

	PersonNames(PersonRepository records) {
		this.records = records;
	}

	@Override
	public String kind() {
		return "person";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, String> names(Collection<String> slugs) {
		return this.records.findBySlugIn(slugs).stream().collect(Collectors.toMap(Person::getSlug, Person::getName));
	}

}
