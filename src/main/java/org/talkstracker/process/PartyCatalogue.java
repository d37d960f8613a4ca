package org.talkstracker.process;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;
import org.talkstracker.editing.Slugs;
import org.talkstracker.editing.UnknownChoiceException;
import org.talkstracker.web.Choice;
import org.talkstracker.web.FormSubmissions;
import org.talkstracker.web.NewPick;
import org.talkstracker.web.Pickable;
import org.talkstracker.web.PickerSearch;

/** Parties as editors pick them in forms, and processes as they choose them, by slug. */
@Component
public class PartyCatalogue implements Pickable {

	private final PartyRepository parties;

	private final PeaceProcessRepository processes;

	private final JdbcClient jdbc;

	private final PartyEditor editor;

	private final FormSubmissions submissions;

	PartyCatalogue(PartyRepository parties, PeaceProcessRepository processes, JdbcClient jdbc, PartyEditor editor,
			FormSubmissions submissions) {
		this.parties = parties;
		this.processes = processes;
		this.jdbc = jdbc;
		this.editor = editor;
		this.submissions = submissions;
	}

	/**
	 * The parties chosen, the last ones added, and those whose name contains the search
	 * (of any length: "UK"), in one statement, through the trigram index of names (V29).
	 */
	@Override
	@Transactional(readOnly = true)
	public List<Choice> offered(Collection<String> chosen, String search) {
		return PickerSearch.offered(this.jdbc.sql("""
				select p.slug, p.name
				from (select id, 0 as rank, 0 as recency from party where slug in (:chosen)
				      union all (select id, 1, id from party order by id desc limit :recent)
				      union all (select id, 2, 0 from party where name ilike :pattern order by name limit :found)) o
				join party p on p.id = o.id
				order by o.rank, o.recency desc, p.name"""), chosen, search, 1,
				(row, number) -> new Choice(row.getString("slug"), row.getString("name")));
	}

	@Override
	public String kind() {
		return "parties";
	}

	/**
	 * A new party from a picker, by name and kind: validated as its own form
	 * ({@link PartyForm}) and added by its editor, the slug made of the name. A party of
	 * the same name is there already and is chosen instead, with a notice.
	 */
	@Override
	public NewPick add(Map<String, String> typed) {
		Map<String, String> values = new HashMap<>();
		values.put("name", typed.get("name"));
		values.put("kind", typed.get("kind"));
		values.put("slug", Slugs.unique(typed.get("name"), (taken) -> this.parties.findBySlug(taken).isPresent()));
		values.put("version", "0");
		BindingResult result = this.submissions.bound(PartyForm.class, values, "new");
		PartyForm form = (PartyForm) result.getTarget();
		Optional<Choice> existing = Optional.ofNullable(form.name())
			.flatMap((name) -> this.parties.findFirstByNameIgnoreCase(name.strip()))
			.map((party) -> new Choice(party.getSlug(), party.getName()));
		return NewPick.chosenOrAdded(result, existing, "admin.picker.existing.parties",
				PartyAdminController.CONSTRAINTS, () -> this.editor.add(form),
				() -> new Choice(form.slug(), form.name()));
	}

	@Override
	public List<String> newKinds() {
		return Arrays.stream(PartyKind.values()).map(PartyKind::name).toList();
	}

	@Transactional(readOnly = true)
	public List<Choice> processes() {
		return this.processes.findAllByOrderByName()
			.stream()
			.map((process) -> new Choice(process.getSlug(), process.getName()))
			.toList();
	}

	/**
	 * The name of the party a form chose, to label what the form asks about it; null when
	 * none or an unknown one is chosen.
	 */
	@Transactional(readOnly = true)
	public String nameOf(String slug) {
		return (slug == null) ? null : this.parties.findBySlug(slug).map(Party::getName).orElse(null);
	}

	/** The party a form chose; an unknown slug is an error of the form's field. */
	public Party party(String field, String slug) {
		return this.parties.findBySlug(slug).orElseThrow(() -> new UnknownChoiceException(field, slug));
	}

	public PeaceProcess process(String field, String slug) {
		return this.processes.findBySlug(slug).orElseThrow(() -> new UnknownChoiceException(field, slug));
	}

}
