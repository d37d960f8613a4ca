package org.talkstracker.search;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.talkstracker.people.SpellingKeys;

/**
 * The words of a name as the search splits them, each with its keys ({@link Spellings}).
 */
@Component
class SearchSpellingKeys implements SpellingKeys {

	@Override
	public List<Set<String>> ofWords(String name) {
		return SearchTerms.words(name).map(Spellings::keys).toList();
	}

}
