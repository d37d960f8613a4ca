package org.talkstracker.source;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.editing.DeleteImpact;
import org.talkstracker.editing.EditConflictException;
import org.talkstracker.editing.Proposable;
import org.talkstracker.editing.Slugs;
import org.talkstracker.web.PickerSearch;
import org.talkstracker.web.RecordNotFoundException;

/**
 * Sources, each write checked against the version the editor saw; a cited source is never
 * deleted.
 */
@Service
public class SourceEditor {

	private final SourceRepository sources;

	private final List<SourceDependants> dependants;

	SourceEditor(SourceRepository sources, List<SourceDependants> dependants) {
		this.sources = sources;
		this.dependants = dependants;
	}

	@Transactional(readOnly = true)
	public List<Source> all() {
		return this.sources.findAllByOrderByPublisherAscTitleAsc();
	}

	@Transactional(readOnly = true)
	public SourceForm form(String slug) {
		return SourceForm.of(source(slug));
	}

	@Transactional
	public void add(SourceForm form) {
		Source source = new Source(form.slug());
		apply(source, form);
		this.sources.saveAndFlush(source);
	}

	/**
	 * A new source, its slug made of its publisher and title: for the forms that add
	 * several sources at once (a round's workspace). A report stored already at the same
	 * address ({@link SourceAddress}) is that source, not a copy.
	 */
	@Transactional
	public Source report(String publisher, String title, String url, LocalDate publishedOn, SourceKind kind) {
		Optional<Source> stored = atAddress(url);
		if (stored.isPresent()) {
			return stored.get();
		}
		String slug = Slugs.unique(publisher + " " + title, (taken) -> this.sources.findBySlug(taken).isPresent());
		add(new SourceForm(slug, publisher, title, url, publishedOn, kind, null, 0));
		return source(slug);
	}

	/** The source stored at this address, written however ({@link SourceAddress}). */
	@Transactional(readOnly = true)
	public Optional<Source> atAddress(String url) {
		String key = SourceAddress.key(url);
		if (key == null) {
			return Optional.empty();
		}
		return this.sources.findAtAddressLike(PickerSearch.pattern(key, 1))
			.stream()
			.filter((source) -> key.equals(SourceAddress.key(source.getUrl())))
			.findFirst();
	}

	@Proposable(value = "source", labels = "admin.source", current = "form")
	@Transactional
	public void update(String slug, SourceForm form) {
		Source source = source(slug);
		SourceForm submitted = form.withSlug(slug);
		EditConflictException.unlessCurrent(SourceForm.of(source), submitted, "admin.source");
		apply(source, submitted);
		this.sources.flush();
	}

	@Transactional(readOnly = true)
	public DeleteImpact impactOfDeleting(String slug) {
		long source = source(slug).getId();
		return new DeleteImpact(this.dependants.stream().flatMap((feature) -> feature.citing(source).stream()).toList(),
				List.of());
	}

	@Transactional
	public DeleteImpact delete(String slug) {
		DeleteImpact impact = impactOfDeleting(slug);
		if (!impact.refused()) {
			this.sources.delete(source(slug));
			this.sources.flush();
		}
		return impact;
	}

	private static void apply(Source source, SourceForm form) {
		source.describe(form.publisher(), form.title(), form.url(), form.publishedOn(), form.kind(), form.note());
	}

	private Source source(String slug) {
		return this.sources.findBySlug(slug).orElseThrow(() -> new RecordNotFoundException("source", slug));
	}

}
