package org.talkstracker.source;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.editing.DeleteImpact;
import org.talkstracker.editing.EditConflictException;
import org.talkstracker.web.RecordNotFoundException;

/**
 * Sources, each write checked against the version the editor saw; a cited source is never
 * deleted.
 */
@Service
class SourceEditor {

	private final SourceRepository sources;

	SourceEditor(SourceRepository sources) {
		this.sources = sources;
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
		return new DeleteImpact(this.sources.findCitingFacts(source(slug).getId()), List.of());
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
