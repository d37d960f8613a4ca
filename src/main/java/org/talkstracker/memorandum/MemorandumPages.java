package org.talkstracker.memorandum;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.memorandum.MemorandumView.Author;
import org.talkstracker.memorandum.MemorandumView.ClauseView;
import org.talkstracker.memorandum.MemorandumView.RoundRef;
import org.talkstracker.round.Round;
import org.talkstracker.source.CitedSources;
import org.talkstracker.source.CitedSources.CitedSource;
import org.talkstracker.text.TextTranslations;
import org.talkstracker.text.TranslatedTexts;
import org.talkstracker.text.WrittenTexts;
import org.talkstracker.web.Choice;

/**
 * The read models of the memoranda pages, each built in a fixed number of SQL statements:
 * the memoranda with their header facts and sources in one, all their clauses with
 * sources in another, the translations of their texts in a third.
 */
@Service
public class MemorandumPages {

	private final MemorandumRepository memoranda;

	private final TextTranslations translations;

	MemorandumPages(MemorandumRepository memoranda, TextTranslations translations) {
		this.memoranda = memoranda;
		this.translations = translations;
	}

	static final int PAGE_SIZE = 50;

	/**
	 * A page of the memoranda, latest delivered first: the page and the count, two
	 * statements.
	 */
	@Transactional(readOnly = true)
	public Page<MemorandumListing> list(Pageable pageable) {
		return new PageImpl<>(this.memoranda.findVisibleListings(pageable), pageable, this.memoranda.countVisible());
	}

	/**
	 * What a form to compare memoranda offers: the latest delivered (the first page of
	 * the list), then the ones named, when they are older. One statement.
	 */
	@Transactional(readOnly = true)
	public List<Choice> choices(MemorandumView... named) {
		List<Choice> choices = new ArrayList<>(this.memoranda.findVisibleListings(PageRequest.of(0, PAGE_SIZE))
			.stream()
			.map((memorandum) -> new Choice(memorandum.slug(),
					memorandum.title().textIn(LocaleContextHolder.getLocale())))
			.toList());
		for (MemorandumView memorandum : named) {
			Choice choice = new Choice(memorandum.slug(), memorandum.title().textIn(LocaleContextHolder.getLocale()));
			if (!choices.contains(choice)) {
				choices.add(choice);
			}
		}
		return choices;
	}

	/**
	 * The choices of a form to compare the memoranda of a page of the list, by their
	 * titles in the page's language.
	 */
	static List<Choice> choices(Page<MemorandumListing> page) {
		return page.stream()
			.map((memorandum) -> new Choice(memorandum.slug(),
					memorandum.title().textIn(LocaleContextHolder.getLocale())))
			.toList();
	}

	@Transactional(readOnly = true)
	public MemorandumPage show(String slug) {
		CitedSources sources = new CitedSources();
		MemorandumView memorandum = views(List.of(slug), sources).get(slug);
		return new MemorandumPage(memorandum, sources.list());
	}

	@Transactional(readOnly = true)
	public ComparisonPage compare(String first, String second) {
		if (first.equals(second)) {
			throw new ComparedWithItselfException(first);
		}
		CitedSources sources = new CitedSources();
		Map<String, MemorandumView> views = views(List.of(first, second), sources);
		return new ComparisonPage(new MemorandumComparison(views.get(first), views.get(second)), sources.list());
	}

	/** The memoranda by slug; throws when one of them is not visible. */
	private Map<String, MemorandumView> views(List<String> slugs, CitedSources sources) {
		List<Memorandum> found = this.memoranda.findVisibleBySlugIn(slugs);
		for (String slug : slugs) {
			if (found.stream().noneMatch((memorandum) -> memorandum.getSlug().equals(slug))) {
				throw new MemorandumNotFoundException(slug);
			}
		}
		Map<Long, List<Clause>> clauses = new LinkedHashMap<>();
		List<Clause> allClauses = this.memoranda.findClausesWithSources(found);
		allClauses
			.forEach((clause) -> clauses.computeIfAbsent(clause.getMemorandum().getId(), (id) -> new ArrayList<>())
				.add(clause));
		List<WrittenTexts> written = new ArrayList<>(found);
		written.addAll(allClauses);
		TranslatedTexts texts = this.translations.of(written);
		Map<String, MemorandumView> views = new LinkedHashMap<>();
		for (String slug : slugs) {
			Memorandum memorandum = found.stream().filter((m) -> m.getSlug().equals(slug)).findFirst().orElseThrow();
			views.put(slug, view(memorandum, clauses.getOrDefault(memorandum.getId(), List.of()), texts, sources));
		}
		return views;
	}

	private static MemorandumView view(Memorandum memorandum, List<Clause> clauses, TranslatedTexts texts,
			CitedSources sources) {
		List<Integer> cited = sources.cite(memorandum.getSources());
		Round round = memorandum.getRound();
		return new MemorandumView(memorandum.getSlug(), memorandum.getTitles(), memorandum.getProcess().getNames(),
				new Author(memorandum.getAuthorParty().getSlug(), memorandum.getAuthorParty().getNames()),
				(round != null) ? new RoundRef(round.getSlug(), round.getNumber(), round.getCityNames()) : null,
				memorandum.getDelivered(), memorandum.getPublishedOn(), texts.of(memorandum, "summary"), cited,
				clauses.stream()
					.map((clause) -> new ClauseView(clause.getNumber(), clause.getTopic(), texts.of(clause, "text"),
							sources.cite(clause.getSources())))
					.toList());
	}

	public record MemorandumPage(MemorandumView memorandum, List<CitedSource> sources) {
	}

	public record ComparisonPage(MemorandumComparison comparison, List<CitedSource> sources) {
	}

}
