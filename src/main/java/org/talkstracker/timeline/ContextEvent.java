package org.talkstracker.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.talkstracker.process.PeaceProcess;
import org.talkstracker.source.Citations;
import org.talkstracker.source.ReportedDate;
import org.talkstracker.source.Source;

import org.hibernate.envers.AuditJoinTable;
import org.hibernate.envers.Audited;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

/**
 * Something outside the talks that bears on them, such as a military operation the day
 * before a round.
 */
@Entity
@Audited
public class ContextEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private PeaceProcess process;

	private String slug;

	private String title;

	private String description;

	@Embedded
	private ReportedDate occurred;

	private LocalDate announcedOn;

	@ManyToMany
	@AuditJoinTable(name = "context_event_citation_aud")
	@JoinTable(name = "citation", joinColumns = @JoinColumn(name = "context_event_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	@OrderColumn(name = "position")
	private List<Source> sources = new ArrayList<>();

	@Version
	private long version;

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
		Citations.replace(this.sources, sources);
	}

	public Long getId() {
		return this.id;
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

	public List<Source> getSources() {
		return this.sources;
	}

	public long getVersion() {
		return this.version;
	}

}
