package org.talkstracker.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Every kind of record a form picks, by its name: the pickers of editors' forms ask it
 * what to offer ({@code fragments/admin :: picker}), whatever the form.
 */
@Component
public class Pickers {

	/** What a form sends to search a picker instead of saving: the picker's field. */
	public static final String FIND = "find";

	/**
	 * What a form sends to add a new record in a picker instead of saving: the picker's
	 * field ({@link PickerAdditions}).
	 */
	public static final String ADD = "add";

	private final Map<String, Pickable> kinds;

	Pickers(List<Pickable> kinds) {
		this.kinds = kinds.stream().collect(Collectors.toMap(Pickable::kind, Function.identity()));
	}

	/**
	 * What the picker of this kind offers, given what the form has chosen (one value, a
	 * list, or nothing) and what was searched.
	 */
	public List<Choice> offered(String kind, Object chosen, String search) {
		return pickable(kind).offered(chosen(chosen), search);
	}

	/**
	 * What a picker that searches as the editor types adds to those it shows (which hold
	 * the chosen and recent ones already).
	 */
	List<Choice> found(String kind, String search) {
		return pickable(kind).offered(List.of(), search);
	}

	/** Whether a picker of this kind exists. */
	boolean knows(String kind) {
		return this.kinds.containsKey(kind);
	}

	/**
	 * Adds the record a picker's add part describes, or says why not
	 * ({@link Pickable#add}).
	 */
	NewPick add(String kind, Map<String, String> typed) {
		return pickable(kind).add(typed);
	}

	/** The kinds a new record of this kind may be of, to offer in a picker's add part. */
	public List<String> newKinds(String kind) {
		return pickable(kind).newKinds();
	}

	private Pickable pickable(String kind) {
		Pickable pickable = this.kinds.get(kind);
		if (pickable == null) {
			throw new NotFoundException("No picker of " + kind);
		}
		return pickable;
	}

	private static Collection<String> chosen(Object chosen) {
		if (chosen instanceof Collection<?> values) {
			return values.stream().filter((value) -> value != null).map(String::valueOf).toList();
		}
		if (chosen == null || chosen.toString().isBlank()) {
			return List.of();
		}
		return List.of(chosen.toString());
	}

}
