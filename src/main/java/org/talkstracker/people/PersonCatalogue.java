package org.talkstracker.people;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.editing.Slugs;
import org.talkstracker.editing.UnknownChoiceException;
import org.talkstracker.web.Choice;

/** People as editors choose them in forms, by slug. */
@Component
public class PersonCatalogue {

	private final PersonRepository people;

	PersonCatalogue(PersonRepository people) {
		this.people = people;
	}

	@Transactional(readOnly = true)
	public List<Choice> choices() {
		return this.people.findAllByOrderByName()
			.stream()
			.map((person) -> new Choice(person.getSlug(), person.getName()))
			.toList();
	}

	/**
	 * The person of this name, or else a new person so named: for the forms where an
	 * editor types a name rather than choosing one (a round's workspace).
	 */
	@Transactional
	public Person named(String name) {
		String typed = name.strip();
		return this.people.findFirstByNameIgnoreCase(typed).orElseGet(() -> {
			Person person = new Person(Slugs.unique(typed, (taken) -> this.people.findBySlug(taken).isPresent()));
			person.describe(typed, Set.of());
			return this.people.saveAndFlush(person);
		});
	}

	/** The person a form chose; an unknown slug is an error of the form's field. */
	public Person person(String field, String slug) {
		return this.people.findBySlug(slug).orElseThrow(() -> new UnknownChoiceException(field, slug));
	}

}
