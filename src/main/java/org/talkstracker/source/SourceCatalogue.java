package org.talkstracker.source;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.editing.FieldRefusedException;
import org.talkstracker.editing.UnknownChoiceException;
import org.talkstracker.web.Choice;

/**
 * The sources an editor cites a fact with: as a list to choose from, and resolved from
 * what a form sent.
 */
@Component
public class SourceCatalogue {

	private final SourceRepository sources;

	SourceCatalogue(SourceRepository sources) {
		this.sources = sources;
	}

	@Transactional(readOnly = true)
	public List<Choice> choices() {
		return this.sources.findAllByOrderByPublisherAscTitleAsc()
			.stream()
			.map((source) -> new Choice(source.getSlug(),
					source.getPublisher() + " — " + source.getTitle()
							+ ((source.getPublishedOn() != null) ? " (" + source.getPublishedOn() + ")" : "")))
			.toList();
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
