package org.talkstracker.search;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The people whose name or an alias contains one of the searched words, and all their
 * spellings. A word in the names of more than {@value #MOST_PEOPLE_SPELLED} people is a
 * common name: it is searched as written (the statements of all those people still
 * match), since widening it to every spelling of every one of them would search for
 * hundreds of words.
 */
@Repository
class NameSpellings {

	static final int MOST_PEOPLE_SPELLED = 5;

	private final JdbcClient jdbc;

	NameSpellings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Match find(SearchTerms terms) {
		if (terms.isEmpty()) {
			return new Match(Map.of(), List.of());
		}
		Map<Long, Set<String>> spellingsByPerson = new HashMap<>();
		this.jdbc.sql("""
				select p.id, p.name || ' ' || coalesce(string_agg(a.alias, ' '), '') as spellings
				from person p left join person_alias a on a.person_id = p.id
				group by p.id
				having to_tsvector('simple', p.name || ' ' || coalesce(string_agg(a.alias, ' '), ''))
				       @@ to_tsquery('simple', :anyWord)""")
			.param("anyWord", terms.tsquery(Map.of()).replace(" & ", " | "))
			.query((row, number) -> spellingsByPerson.put(row.getLong("id"), words(row.getString("spellings"))))
			.list();
		Map<String, Set<String>> alternatives = new HashMap<>();
		for (String word : terms.words()) {
			List<Set<String>> named = spellingsByPerson.values()
				.stream()
				.filter((spellings) -> spellings.contains(word))
				.toList();
			if (!named.isEmpty() && named.size() <= MOST_PEOPLE_SPELLED) {
				named.forEach((spellings) -> alternatives.computeIfAbsent(word, (key) -> new HashSet<>(Set.of(key)))
					.addAll(spellings));
			}
		}
		return new Match(alternatives, List.copyOf(spellingsByPerson.keySet()));
	}

	private static Set<String> words(String spellings) {
		return SearchTerms.words(spellings).collect(Collectors.toSet());
	}

	/** Other spellings per searched word, and the people the words name. */
	record Match(Map<String, Set<String>> alternatives, List<Long> people) {
	}

}
