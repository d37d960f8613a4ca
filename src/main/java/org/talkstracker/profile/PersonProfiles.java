package org.talkstracker.profile;

import java.util.List;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.people.Person;
import org.talkstracker.profile.ProfileLists.PersonCounts;
import org.talkstracker.source.CitedSources;

/**
 * Builds a {@link PersonProfile} in a fixed number of SQL statements, whatever the
 * person's record: the person with aliases, the length of each list, a page of each list
 * (the statements with those disputing them).
 */
@Service
class PersonProfiles {

	private final PersonProfileRepository people;

	private final ProfileLists lists;

	private final StatementLines statements;

	PersonProfiles(PersonProfileRepository people, ProfileLists lists, StatementLines statements) {
		this.people = people;
		this.lists = lists;
		this.statements = statements;
	}

	/**
	 * The person with the pages asked for (from 1) of their rounds and statements. Only a
	 * person that published facts name has a page: one in nothing but drafts, withdrawn
	 * rounds and their statements (or in nothing yet) is unknown to readers.
	 */
	@Transactional(readOnly = true)
	public PersonProfile of(String slug, ProfilePages pages) {
		Person person = this.people.findBySlug(slug).orElseThrow(() -> new PersonNotFoundException(slug));
		PersonCounts counts = this.lists.personCounts(person.getId());
		if (counts.rounds() + counts.statements() == 0) {
			throw new PersonNotFoundException(slug);
		}
		PageRequest rounds = ProfilePages.request(pages.rounds());
		PageRequest statements = ProfilePages.request(pages.statements());
		CitedSources sources = new CitedSources();
		// Stored without an order; sorted so the page reads the same every time.
		List<String> aliases = person.getAliases().stream().sorted().toList();
		return new PersonProfile(person.getSlug(), person.getNames(), aliases, person.getWikidataId(),
				new PageImpl<>(this.people.findAttendance(person, rounds), rounds, counts.rounds()),
				new PageImpl<>(this.statements.of(this.people.findStatementIds(person, statements), sources),
						statements, counts.statements()),
				sources.list());
	}

}
