package org.talkstracker.profile;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.people.Person;
import org.talkstracker.source.CitedSources;

/** Builds a {@link PersonProfile} in a fixed number of SQL statements, whatever the person's record. */
@Service
class PersonProfiles {

	private final PersonProfileRepository people;

	PersonProfiles(PersonProfileRepository people) {
		this.people = people;
	}

	@Transactional(readOnly = true)
	public PersonProfile of(String slug) {
		Person person = this.people.findBySlug(slug).orElseThrow(() -> new PersonNotFoundException(slug));
		CitedSources sources = new CitedSources();
		List<StatementLine> statements = StatementLines.of(this.people.findStatements(person),
				this.people.findStatementsDisputing(person), sources);
		// Stored without an order; sorted so the page reads the same every time.
		List<String> aliases = person.getAliases().stream().sorted().toList();
		return new PersonProfile(person.getSlug(), person.getName(), aliases, this.people.findAttendance(person),
				statements, sources.list());
	}

}
