package org.talkstracker.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every picker's statement is given: the chosen values (never an empty list, which
 * SQL's {@code in ()} cannot hold) and the search as a pattern for {@code ilike}, or null
 * when the search is too short for a trigram index to narrow it.
 */
public final class PickerSearch {

	/** How many of the records picked most recently a picker offers. */
	public static final int RECENT = 8;

	/** How many of the records its search finds a picker offers. */
	public static final int FOUND = 20;

	private PickerSearch() {
	}

	/**
	 * The choices a picker's statement offers, each once ({@link #ordered}), its
	 * parameters {@code chosen}, {@code recent}, {@code pattern} and {@code found} bound.
	 * @param shortest the fewest characters a search must have to be searched for
	 */
	public static List<Choice> offered(JdbcClient.StatementSpec statement, Collection<String> chosen, String search,
			int shortest, RowMapper<Choice> choice) {
		List<Choice> offered = statement.param("chosen", chosen(chosen))
			.param("recent", RECENT)
			.param("pattern", pattern(search, shortest))
			.param("found", FOUND)
			.query(choice)
			.list();
		return ordered(chosen, offered);
	}

	/** The values for {@code in (:chosen)}: a blank one matches no slug. */
	public static Collection<String> chosen(Collection<String> chosen) {
		return chosen.isEmpty() ? List.of("") : chosen;
	}

	/**
	 * The search as a pattern containing it as typed ({@code %} and {@code _} mean
	 * themselves); null when it has fewer than {@code shortest} characters.
	 */
	public static String pattern(String search, int shortest) {
		if (search == null || search.strip().length() < shortest) {
			return null;
		}
		return "%" + search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	/**
	 * Each choice once, where it first comes, the chosen in the order they were chosen.
	 */
	public static List<Choice> ordered(Collection<String> chosen, List<Choice> offered) {
		Map<String, Choice> byValue = new LinkedHashMap<>();
		offered.forEach((choice) -> byValue.putIfAbsent(choice.value(), choice));
		Map<String, Choice> ordered = new LinkedHashMap<>();
		chosen.stream().filter(byValue::containsKey).forEach((value) -> ordered.put(value, byValue.get(value)));
		byValue.forEach(ordered::putIfAbsent);
		return List.copyOf(ordered.values());
	}

}
