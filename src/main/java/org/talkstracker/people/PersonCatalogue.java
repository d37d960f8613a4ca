package org.talkstracker.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;
import org.talkstracker.editing.Slugs;
import org.talkstracker.editing.UnknownChoiceException;
import org.talkstracker.web.Choice;
import org.talkstracker.web.FormSaving;
import org.talkstracker.web.FormSubmissions;
import org.talkstracker.web.NewPick;
import org.talkstracker.web.Pickable;
import org.talkstracker.web.PickerSearch;

/** People as editors pick them in forms, by slug. */
@Component
public class PersonCatalogue implements Pickable {

	static final int SHORTEST_SEARCH = 3;

	static final int RECENT = 8;

	static final int FOUND = 20;

	private final PersonRepository people;

	private final JdbcClient jdbc;

	private final PersonEditor editor;

	private final FormSubmissions submissions;

	PersonCatalogue(PersonRepository people, JdbcClient jdbc, PersonEditor editor, FormSubmissions submissions) {
		this.people = people;
		this.jdbc = jdbc;
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
		List<Choice> offered = this.jdbc.sql("""
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
				order by o.rank, o.recency desc, p.name""")
			.param("chosen", PickerSearch.chosen(chosen))
			.param("recent", RECENT)
			.param("pattern", PickerSearch.pattern(search, SHORTEST_SEARCH))
			.param("found", FOUND)
			.query((row, number) -> new Choice(row.getString("slug"),
					(row.getString("spelling") != null) ? row.getString("name") + " (" + row.getString("spelling") + ")"
							: row.getString("name")))
			.list();
		return PickerSearch.ordered(chosen, offered);
	}

	@Override
	public String kind() {
		return "people";
	}

	/**
	 * A new person from a picker, by name: validated as their own form
	 * ({@link PersonForm}) and added by its editor, the slug made of the name. A person
	 * of the same name is taken to be that person, as the workspace does
	 * ({@link #named}), and chosen instead, with a notice.
	 */
	@Override
	public NewPick add(Map<String, String> typed) {
		String name = (typed.get("name") != null) ? typed.get("name").strip() : "";
		String slug = Slugs.unique(name, (taken) -> this.people.findBySlug(taken).isPresent());
		BindingResult result = this.submissions.bound(PersonForm.class,
				Map.of("slug", slug, "name", name, "version", "0"), "new");
		PersonForm form = (PersonForm) result.getTarget();
		Person existing = name.isEmpty() ? null : this.people.findFirstByNameIgnoreCase(name).orElse(null);
		if (existing != null) {
			return NewPick.existing(new Choice(existing.getSlug(), existing.getName()), result,
					"admin.picker.existing.people");
		}
		if (FormSaving.savedWithin(result, PersonAdminController.CONSTRAINTS, () -> this.editor.add(form))) {
			return NewPick.added(new Choice(form.slug(), form.name()), result);
		}
		return NewPick.refused(result);
	}

	/**
	 * The person of this name, or else a new person so named: for the forms where an
	 * editor types a name rather than choosing one (a round's workspace).
	 */
	@Transactional
	public Person named(String name) {
		String typed = name.strip();
		return this.people.findFirstByNameIgnoreCase(typed).orElseGet(() -> {
			Person person = new Person(Slugs.unique(typed, (taken) -> this.people.findBySlug(taken).isPresent()));
			person.describe(typed, Set.of());
			return this.people.saveAndFlush(person);
		});
	}

	/** The person a form chose; an unknown slug is an error of the form's field. */
	public Person person(String field, String slug) {
		return this.people.findBySlug(slug).orElseThrow(() -> new UnknownChoiceException(field, slug));
	}

}
