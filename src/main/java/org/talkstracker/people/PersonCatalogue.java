package org.talkstracker.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.editing.FieldRefusedException;
import org.springframework.validation.BindingResult;
import org.talkstracker.editing.Slugs;
import org.talkstracker.editing.UnknownChoiceException;
import org.talkstracker.web.Choice;
import org.talkstracker.web.FormSubmissions;
import org.talkstracker.web.NewPick;
import org.talkstracker.web.Pickable;
import org.talkstracker.web.PickerSearch;

/** People as editors pick them in forms, by slug. */
@Component
public class PersonCatalogue implements Pickable {

	static final int SHORTEST_SEARCH = 3;

	private final PersonRepository people;

	private final JdbcClient jdbc;

	private final SpellingKeys spellings;

	private final PersonEditor editor;

	private final FormSubmissions submissions;

	PersonCatalogue(PersonRepository people, JdbcClient jdbc, SpellingKeys spellings, PersonEditor editor,
			FormSubmissions submissions) {
		this.people = people;
		this.jdbc = jdbc;
		this.spellings = spellings;
		this.editor = editor;
		this.submissions = submissions;
	}

	/**
	 * The people chosen, the last ones added, and those whose name or another spelling of
	 * it (Umierov for Umerov) contains the search: in one statement, through the trigram
	 * indexes of names and aliases (V29). A person found by another spelling is labelled
	 * with it.
	 */
	@Override
	@Transactional(readOnly = true)
	public List<Choice> offered(Collection<String> chosen, String search) {
		return PickerSearch.offered(this.jdbc.sql("""
				select p.slug, p.name, spelling.alias as spelling
				from (select id, 0 as rank, 0 as recency from person where slug in (:chosen)
				      union all (select id, 1, id from person order by id desc limit :recent)
				      union all (select id, 2, 0 from person where name ilike :pattern limit :found)
				      union all (select distinct person_id, 2, 0 from person_alias where alias ilike :pattern
				                 limit :found)) o
				join person p on p.id = o.id
				left join lateral (select min(a.alias) as alias from person_alias a
				                   where a.person_id = p.id and a.alias ilike :pattern and p.name not ilike :pattern)
				    spelling on true
				order by o.rank, o.recency desc, p.name"""), chosen, search, SHORTEST_SEARCH,
				(row, number) -> new Choice(row.getString("slug"), (row.getString("spelling") != null)
						? row.getString("name") + " (" + row.getString("spelling") + ")" : row.getString("name")));
	}

	@Override
	public String kind() {
		return "people";
	}

	/**
	 * A new person from a picker, by name: validated as their own form
	 * ({@link PersonForm}) and added by its editor, the slug made of the name. A name
	 * that names a stored person, spelled any way the workspace knows ({@link #named}),
	 * is taken to be that person, who is chosen instead, with a notice.
	 */
	@Override
	public NewPick add(Map<String, String> typed) {
		String name = (typed.get("name") != null) ? typed.get("name").strip() : "";
		String slug = Slugs.unique(name, (taken) -> this.people.findBySlug(taken).isPresent());
		BindingResult result = this.submissions.bound(PersonForm.class,
				Map.of("slug", slug, "name", name, "version", "0"), "new");
		PersonForm form = (PersonForm) result.getTarget();
		List<Choice> existing = name.isEmpty() ? List.of() : spelledAs(List.of(name)).getOrDefault(name, List.of());
		return NewPick.chosenOrAdded(result, existing.stream().findFirst(), "admin.picker.existing.people",
				PersonAdminController.CONSTRAINTS, () -> this.editor.add(form),
				() -> new Choice(form.slug(), form.name()));
	}

	/**
	 * The person a typed name names, or else a new person so named: for the forms where
	 * an editor types a name rather than choosing one (a round's workspace). A name
	 * spelled another way than the person's name or an alias (Umierov, Умєров for Umerov)
	 * names the person; a name that names several people is refused unless one was
	 * chosen, so that no person is guessed and none added twice.
	 * @param field the form field the name was typed in
	 * @param chosen the slug of the person the editor chose among those the name names,
	 * if any
	 * @throws FieldRefusedException at the field, when the name names several people and
	 * none was chosen
	 */
	@Transactional
	public Person named(String field, String name, String chosen) {
		if (chosen != null) {
			return person(field, chosen);
		}
		String typed = name.strip();
		List<Choice> named = spelledAs(List.of(typed)).getOrDefault(typed, List.of());
		if (named.size() > 1) {
			throw new FieldRefusedException(field, "admin.person.ambiguous", typed,
					named.stream().map(Choice::label).collect(Collectors.joining(", ")));
		}
		if (named.size() == 1) {
			return person(field, named.get(0).value());
		}
		Person person = new Person(Slugs.unique(typed, (taken) -> this.people.findBySlug(taken).isPresent()));
		person.describe(typed, Set.of());
		return this.people.saveAndFlush(person);
	}

	/**
	 * For each typed name, the people it names: those whose name or an alias has the same
	 * words in any order, each spelled any way the search knows, by name; read in one
	 * statement whatever the number of names.
	 */
	@Transactional(readOnly = true)
	public Map<String, List<Choice>> spelledAs(Collection<String> names) {
		if (names.isEmpty()) {
			return Map.of();
		}
		Map<String, List<Set<String>>> typed = new LinkedHashMap<>();
		names.forEach((name) -> typed.put(name, this.spellings.ofWords(name)));
		Map<String, Map<String, Choice>> named = new LinkedHashMap<>();
		this.jdbc.sql("""
				select p.slug, p.name, p.name as spelling from person p
				union all
				select p.slug, p.name, a.alias from person_alias a join person p on p.id = a.person_id
				order by name, slug""").query((row) -> {
			Choice person = new Choice(row.getString("slug"), row.getString("name"));
			List<Set<String>> spelling = this.spellings.ofWords(row.getString("spelling"));
			typed.forEach((name, words) -> {
				if (sameWords(words, spelling)) {
					named.computeIfAbsent(name, (key) -> new LinkedHashMap<>()).putIfAbsent(person.value(), person);
				}
			});
		});
		Map<String, List<Choice>> found = new LinkedHashMap<>();
		named.forEach((name, people) -> found.put(name, List.copyOf(people.values())));
		return found;
	}

	/**
	 * Whether two names have the same words, each a spelling of one in the other, in any
	 * order.
	 */
	private static boolean sameWords(List<Set<String>> typed, List<Set<String>> name) {
		if (typed.isEmpty() || typed.size() != name.size()) {
			return false;
		}
		List<Set<String>> left = new ArrayList<>(name);
		for (Set<String> word : typed) {
			Set<String> spelled = left.stream()
				.filter((other) -> !Collections.disjoint(word, other))
				.findFirst()
				.orElse(null);
			if (spelled == null) {
				return false;
			}
			left.remove(spelled);
		}
		return true;
	}

	/** The person a form chose; an unknown slug is an error of the form's field. */
	public Person person(String field, String slug) {
		return this.people.findBySlug(slug).orElseThrow(() -> new UnknownChoiceException(field, slug));
	}

}
