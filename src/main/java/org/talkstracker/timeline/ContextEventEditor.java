package org.talkstracker.timeline;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.editing.EditConflictException;
import org.talkstracker.process.PartyCatalogue;
import org.talkstracker.source.ReportedDate;
import org.talkstracker.source.Source;
import org.talkstracker.source.SourceCatalogue;
import org.talkstracker.web.RecordNotFoundException;

/**
 * Context events, each write checked against the version the editor saw; nothing depends
 * on one.
 */
@Service
class ContextEventEditor {

	private final ContextEventRepository events;

	private final PartyCatalogue processes;

	private final SourceCatalogue sources;

	ContextEventEditor(ContextEventRepository events, PartyCatalogue processes, SourceCatalogue sources) {
		this.events = events;
		this.processes = processes;
		this.sources = sources;
	}

	@Transactional(readOnly = true)
	public List<ContextEventListing> all() {
		return this.events.findListings();
	}

	@Transactional(readOnly = true)
	public ContextEventForm form(String process, String slug) {
		return ContextEventForm.of(event(process, slug));
	}

	@Transactional
	public void add(ContextEventForm form) {
		ContextEvent event = new ContextEvent(this.processes.process("process", form.process()), form.slug());
		apply(event, form);
		this.events.saveAndFlush(event);
	}

	@Transactional
	public void update(String process, String slug, ContextEventForm form) {
		ContextEvent event = event(process, slug);
		ContextEventForm submitted = form.identifying(event);
		EditConflictException.unlessCurrent(ContextEventForm.of(event), submitted, "admin.contextEvent");
		apply(event, submitted);
		this.events.flush();
	}

	@Transactional
	public void delete(String process, String slug) {
		this.events.delete(event(process, slug));
		this.events.flush();
	}

	/**
	 * References are resolved before anything changes, so no query flushes a half-made
	 * change.
	 */
	private void apply(ContextEvent event, ContextEventForm form) {
		List<Source> cited = this.sources.cited("sources", form.sources());
		event.describe(form.title(), form.description(), new ReportedDate(form.occurredOn(), form.occurredPrecision()),
				form.announcedOn(), cited);
	}

	private ContextEvent event(String process, String slug) {
		return this.events.findByProcess_SlugAndSlug(process, slug)
			.orElseThrow(() -> new RecordNotFoundException("context event", process + "/" + slug));
	}

}
