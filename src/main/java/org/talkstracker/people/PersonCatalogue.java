package org.talkstracker.people;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
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

	/** The person a form chose; an unknown slug is an error of the form's field. */
	public Person person(String field, String slug) {
		return this.people.findBySlug(slug).orElseThrow(() -> new UnknownChoiceException(field, slug));
	}

}
