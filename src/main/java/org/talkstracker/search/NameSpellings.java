package org.talkstracker.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.talkstracker.web.DataVersion;

/**
 * The names the searched words spell, in any script and spelling ({@link Spellings}): the
 * people whose name or an alias holds one of the words, with all their spellings, and the
 * names of places and parties. A searched word is widened to every word of a name it is a
 * spelling of (Чираган to Çırağan, Umyerov to Umerov), and to every spelling of the
 * people it names. A word in the names of more than {@value #MOST_PEOPLE_SPELLED} people
 * is a common name: it is not widened to their other names (the statements of all those
 * people still match), since widening it to every spelling of every one of them would
 * search for hundreds of words. The names are read and folded once per
 * {@link DataVersion} and kept until any change raises it.
 */
@Repository
class NameSpellings {

	static final int MOST_PEOPLE_SPELLED = 5;

	private final JdbcClient jdbc;

	private final DataVersion dataVersion;

	/** The names as read at a version of the data; none before the first search. */
	private volatile Kept kept;

	NameSpellings(JdbcClient jdbc, DataVersion dataVersion) {
		this.jdbc = jdbc;
		this.dataVersion = dataVersion;
	}

	Match find(SearchTerms terms) {
		if (terms.isEmpty()) {
			return new Match(Map.of(), List.of(), List.of());
		}
		Names names = names();
		Map<String, Set<String>> alternatives = new HashMap<>();
		Set<Long> people = new LinkedHashSet<>();
		Set<Long> named = null;
		for (String word : terms.words()) {
			Set<String> spellings = names.spellingsOf(word);
			List<Long> naming = names.peopleNamedBy(spellings);
			Set<String> widened = new HashSet<>(spellings);
			if (naming.size() <= MOST_PEOPLE_SPELLED) {
				naming.forEach((person) -> widened.addAll(names.wordsOf(person)));
			}
			alternatives.put(word, widened);
			people.addAll(naming);
			if (named == null) {
				named = new LinkedHashSet<>(naming);
			}
			else {
				named.retainAll(naming);
			}
		}
		return new Match(alternatives, List.copyOf(people), List.copyOf(named));
	}

	/**
	 * The names as the data stands: those kept while the data's version has not moved
	 * (one primary-key lookup, shared by the searches asking at once), else read again.
	 * Reading and folding every name was a tenth of a search's time in the JVM and the
	 * largest of its statements but one (docs/PERFORMANCE.md).
	 */
	private Names names() {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			// A transaction sees its own changes, which may yet be rolled back: what it
			// reads is not for other requests.
			return read();
		}
		long version = this.dataVersion.current();
		Kept known = this.kept;
		if (known != null && known.version() == version) {
			return known.names();
		}
		// Read after the version: names at least as new as it, never older.
		Names names = read();
		this.kept = new Kept(version, names);
		return names;
	}

	/**
	 * Every person's name in each language and aliases, and the venues, cities and
	 * parties in each language: one statement whatever is searched, the words folded in
	 * memory.
	 */
	private Names read() {
		Names names = new Names();
		this.jdbc
			.sql("""
					select p.id as person, n.name from person p
					    cross join lateral (values (p.name), (p.name_uk), (p.name_ru)) n(name) where n.name is not null
					union all
					select a.person_id, a.alias from person_alias a
					union all
					select null, x.name from (select unnest(array[venue, venue_uk, venue_ru, city, city_uk, city_ru]) as name
					                          from round
					                          union select unnest(array[name, name_uk, name_ru]) from party) x
					where x.name is not null""")
			.query((row) -> {
				long person = row.getLong("person");
				names.add(row.wasNull() ? null : person, row.getString("name"));
			});
		return names;
	}

	/**
	 * Other spellings per searched word; the people any word names; and the people every
	 * word names, whose pages a search for their name finds.
	 */
	record Match(Map<String, Set<String>> alternatives, List<Long> people, List<Long> named) {
	}

	/** The names read at a version of the data; never changed once read. */
	private record Kept(long version, Names names) {
	}

	private static final class Names {

		private final Map<String, Set<String>> wordsByKey = new HashMap<>();

		private final Map<Long, Set<String>> wordsByPerson = new HashMap<>();

		void add(Long person, String name) {
			SearchTerms.words(name).forEach((word) -> {
				Spellings.keys(word)
					.forEach((key) -> this.wordsByKey.computeIfAbsent(key, (k) -> new HashSet<>()).add(word));
				if (person != null) {
					this.wordsByPerson.computeIfAbsent(person, (p) -> new HashSet<>()).add(word);
				}
			});
		}

		/** The word and every word of a name that is a spelling of it. */
		Set<String> spellingsOf(String word) {
			Set<String> spellings = new HashSet<>(Set.of(word));
			Spellings.keys(word).forEach((key) -> spellings.addAll(this.wordsByKey.getOrDefault(key, Set.of())));
			return spellings;
		}

		List<Long> peopleNamedBy(Set<String> spellings) {
			List<Long> people = new ArrayList<>();
			this.wordsByPerson.forEach((person, words) -> {
				if (words.stream().anyMatch(spellings::contains)) {
					people.add(person);
				}
			});
			people.sort(null);
			return people;
		}

		Set<String> wordsOf(long person) {
			return this.wordsByPerson.get(person);
		}

	}

}
