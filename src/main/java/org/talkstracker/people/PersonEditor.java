package org.talkstracker.people;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.editing.DeleteImpact;
import org.talkstracker.editing.EditConflictException;
import org.talkstracker.editing.SharedRecordEditor;
import org.talkstracker.web.RecordNotFoundException;

/**
 * People and the other spellings of their names, each write checked against the version
 * the editor saw; a person seated in a delegation or quoted in a statement is never
 * deleted.
 */
@Service
class PersonEditor implements SharedRecordEditor<PersonForm> {

	private final PersonRepository people;

	private final List<PersonDependants> dependants;

	PersonEditor(PersonRepository people, List<PersonDependants> dependants) {
		this.people = people;
		this.dependants = dependants;
	}

	@Transactional(readOnly = true)
	public List<Person> all() {
		return this.people.findAllWithAliasesByOrderByName();
	}

	@Override
	@Transactional(readOnly = true)
	public PersonForm form(String slug) {
		return PersonForm.of(person(slug));
	}

	@Override
	@Transactional
	public void add(PersonForm form) {
		Person person = new Person(form.slug());
		person.describe(form.name(), form.spellings());
		person.rename(form.names());
		person.identify(form.wikidataId());
		this.people.saveAndFlush(person);
	}

	@Override
	@Transactional
	public void update(String slug, PersonForm form) {
		Person person = person(slug);
		PersonForm submitted = form.withSlug(slug);
		EditConflictException.unlessCurrent(PersonForm.of(person), submitted, "admin.person");
		person.describe(submitted.name(), submitted.spellings());
		person.rename(submitted.names());
		person.identify(submitted.wikidataId());
		this.people.flush();
	}

	/**
	 * The other spellings go with the person; delegations and statements keep them from
	 * being deleted.
	 */
	@Override
	@Transactional(readOnly = true)
	public DeleteImpact impactOfDeleting(String slug) {
		long person = person(slug).getId();
		return new DeleteImpact(this.dependants.stream().flatMap((feature) -> feature.of(person).stream()).toList(),
				List.of());
	}

	@Override
	@Transactional
	public DeleteImpact delete(String slug) {
		DeleteImpact impact = impactOfDeleting(slug);
		if (!impact.refused()) {
			this.people.delete(person(slug));
			this.people.flush();
		}
		return impact;
	}

	private Person person(String slug) {
		return this.people.findBySlug(slug).orElseThrow(() -> new RecordNotFoundException("person", slug));
	}

}
