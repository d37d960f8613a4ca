package org.talkstracker.source;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;
import org.talkstracker.editing.FieldRefusedException;
import org.talkstracker.editing.Slugs;
import org.talkstracker.editing.UnknownChoiceException;
import org.talkstracker.web.Choice;
import org.talkstracker.web.FormSubmissions;
import org.talkstracker.web.NewPick;
import org.talkstracker.web.Pickable;
import org.talkstracker.web.PickerSearch;

/**
 * The sources an editor cites a fact with: as a picker offers them, and resolved from
 * what a form sent.
 */
@Component
public class SourceCatalogue implements Pickable {

	/** Searches shorter than this would read the whole trigram index. */
	static final int SHORTEST_SEARCH = 3;

	/** Chosen first, then recent, then found (V29's trigram index). */
	static final String OFFERED = """
			select s.slug, s.publisher, s.title, s.published_on
			from (select id, 0 as rank, 0 as recency from source where slug in (:chosen)
			      union all (select source_id, 1, max(id)
			                 from (select source_id, id from citation order by id desc limit 100) latest
			                 group by source_id order by max(id) desc limit :recent)
			      union all (select id, 2, 0 from source
			                 where source_search_text(publisher, title, url) ilike :pattern
			                 order by publisher, title limit :found)) o
			join source s on s.id = o.id
			order by o.rank, o.recency desc, s.publisher, s.title""";

	/**
	 * What a picker asks of a new source; the rest of its form is left as a new one's.
	 */
	static final Set<String> NEW_FIELDS = Set.of("publisher", "title", "url", "publishedOn", "kind");

	private final SourceRepository sources;

	private final JdbcClient jdbc;

	private final SourceEditor editor;

	private final FormSubmissions submissions;

	SourceCatalogue(SourceRepository sources, JdbcClient jdbc, SourceEditor editor, FormSubmissions submissions) {
		this.sources = sources;
		this.jdbc = jdbc;
		this.editor = editor;
		this.submissions = submissions;
	}

	/**
	 * The sources chosen, the last ones cited (by anyone), and those whose publisher,
	 * title or address contains the search: in one statement, through the trigram index
	 * of {@code source_search_text} (V29).
	 */
	@Override
	@Transactional(readOnly = true)
	public List<Choice> offered(Collection<String> chosen, String search) {
		return PickerSearch.offered(this.jdbc.sql(OFFERED), chosen, search, SHORTEST_SEARCH,
				(row, number) -> new Choice(row.getString("slug"), label(row.getString("publisher"),
						row.getString("title"), row.getObject("published_on", LocalDate.class))));
	}

	@Override
	public String kind() {
		return "sources";
	}

	/**
	 * A new source from a picker: its publisher, title, address, date and kind, validated
	 * as its own form ({@link SourceForm}) and added by its editor, its slug made of its
	 * publisher and title. A source at the same address is not added again: that one is
	 * chosen, with a notice.
	 */
	@Override
	public NewPick add(Map<String, String> typed) {
		Map<String, String> values = new HashMap<>(typed);
		values.keySet().retainAll(NEW_FIELDS);
		values.put("slug", Slugs.unique(Objects.toString(values.get("publisher"), "") + " " + values.get("title"),
				(taken) -> this.sources.findBySlug(taken).isPresent()));
		values.put("version", "0");
		BindingResult result = this.submissions.bound(SourceForm.class, values, "new");
		SourceForm form = (SourceForm) result.getTarget();
		Optional<Source> existing = (form.url() != null && !result.hasFieldErrors("url"))
				? this.editor.atAddress(form.url()) : Optional.empty();
		return NewPick.chosenOrAdded(result, existing.map(SourceCatalogue::choice), "admin.picker.existing.sources",
				SourceAdminController.CONSTRAINTS, () -> this.editor.add(form),
				() -> choice(this.sources.findBySlug(form.slug()).orElseThrow()));
	}

	@Override
	public List<String> newKinds() {
		return Arrays.stream(SourceKind.values()).map(SourceKind::name).toList();
	}

	private static Choice choice(Source source) {
		return new Choice(source.getSlug(), label(source.getPublisher(), source.getTitle(), source.getPublishedOn()));
	}

	private static String label(String publisher, String title, LocalDate publishedOn) {
		return publisher + " — " + title + ((publishedOn != null) ? " (" + publishedOn + ")" : "");
	}

	/**
	 * The sources a fact shown on a round cites: on a published round, the round and each
	 * of its facts cite at least one, at every save, as at publishing.
	 */
	public List<Source> cited(String field, List<String> slugs, boolean onPublishedRound) {
		if (onPublishedRound && slugs.isEmpty()) {
			throw new FieldRefusedException(field, "constraint.published_round_facts_cite_sources");
		}
		return cited(field, slugs);
	}

	/**
	 * The sources with these slugs, in the order given; an unknown slug is an error of
	 * the form's field.
	 */
	public List<Source> cited(String field, List<String> slugs) {
		Map<String, Source> found = this.sources.findBySlugIn(slugs)
			.stream()
			.collect(Collectors.toMap(Source::getSlug, Function.identity()));
		return slugs.stream().distinct().map((slug) -> {
			Source source = found.get(slug);
			if (source == null) {
				throw new UnknownChoiceException(field, slug);
			}
			return source;
		}).toList();
	}

	/** The slugs a form shows for these sources. */
	public static List<String> slugs(List<Source> sources) {
		return sources.stream().map(Source::getSlug).toList();
	}

}
