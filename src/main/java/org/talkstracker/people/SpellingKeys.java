package org.talkstracker.people;

import java.util.List;
import java.util.Set;

/**
 * How the search folds the words of a name whatever their script and spelling, which the
 * search answers: two words are spellings of one another when they share a key (Umerov,
 * Umierov, Umyerov and Умєров share one). People are found by a name typed any way the
 * search knows it.
 */
public interface SpellingKeys {

	/** The keys of each word of the name, in the name's order. */
	List<Set<String>> ofWords(String name);

}
