package org.talkstracker.timeline;

import java.time.LocalDate;
import java.util.List;

import org.talkstracker.process.PeaceProcess;
import org.talkstracker.source.CitingRecord;
import org.talkstracker.source.ReportedDate;
import org.talkstracker.source.Source;

import org.hibernate.envers.AuditJoinTable;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/**
 * Something outside the talks that bears on them, such as a military operation the day
 * before a round.
 */
@Entity
@Audited
@AuditOverride(forClass = CitingRecord.class, name = "sources",
		auditJoinTable = @AuditJoinTable(name = "context_event_citation_aud"))
public class ContextEvent extends CitingRecord {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private PeaceProcess process;

	private String slug;

	private String title;

	private String description;

	@Embedded
	private ReportedDate occurred;

	private LocalDate announcedOn;

	protected ContextEvent() {
	}

	public ContextEvent(PeaceProcess process, String slug) {
		this.process = process;
		this.slug = slug;
	}

	public void describe(String title, String description, ReportedDate occurred, LocalDate announcedOn,
			List<Source> sources) {
		this.title = title;
		this.description = description;
		this.occurred = occurred;
		this.announcedOn = announcedOn;
		cite(sources);
	}

	public PeaceProcess getProcess() {
		return this.process;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public ReportedDate getOccurred() {
		return this.occurred;
	}

	public LocalDate getAnnouncedOn() {
		return this.announcedOn;
	}

}
