package org.talkstracker.source;

import org.talkstracker.editing.SharedRecord;
import org.talkstracker.editing.SharedRecordChanges;
import java.time.LocalDate;

import org.hibernate.envers.Audited;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** Where a fact was reported. */
@Entity
@Audited
@EntityListeners(SharedRecordChanges.class)
public class Source implements SharedRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String publisher;

	private String title;

	private String url;

	private LocalDate publishedOn;

	@Enumerated(EnumType.STRING)
	private SourceKind kind;

	private String note;

	@Version
	private long version;

	protected Source() {
	}

	public Source(String slug) {
		this.slug = slug;
	}

	public void describe(String publisher, String title, String url, LocalDate publishedOn, SourceKind kind,
			String note) {
		this.publisher = publisher;
		this.title = title;
		this.url = url;
		this.publishedOn = publishedOn;
		this.kind = kind;
		this.note = note;
	}

	public Long getId() {
		return this.id;
	}

	@Override
	public String sharedKind() {
		return "source";
	}

	@Override
	public String getSlug() {
		return this.slug;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public String getTitle() {
		return this.title;
	}

	public String getUrl() {
		return this.url;
	}

	public LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	public SourceKind getKind() {
		return this.kind;
	}

	public String getNote() {
		return this.note;
	}

	public long getVersion() {
		return this.version;
	}

}
