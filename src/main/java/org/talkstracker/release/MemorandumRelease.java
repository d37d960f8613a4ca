package org.talkstracker.release;

import java.time.Instant;
import java.util.List;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One release of a memorandum readers see: its number in the memorandum (1, 2, 3 …), when
 * and by whom it was made, its kind and public note, and the memorandum exactly as
 * readers saw it on its page (its data file, with the SHA-256 of its UTF-8 bytes). Never
 * changed once stored: the schema refuses to update or delete one.
 */
@Entity
@Immutable
@Table(name = "memorandum_release")
public class MemorandumRelease implements Release {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long memorandumId;

	private String memorandumSlug;

	private int number;

	private Instant releasedAt;

	private String editor;

	@Enumerated(EnumType.STRING)
	private ReleaseKind kind;

	private String note;

	private String dataFile;

	private String sha256;

	/**
	 * What the release shows that is not the memorandum's own ({@code source:slug},
	 * {@code party:slug}, {@code process:slug}): a change of one of them changes the
	 * memoranda whose latest release mentions it.
	 */
	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> mentions;

	protected MemorandumRelease() {
	}

	MemorandumRelease(long memorandumId, String memorandumSlug, Instant releasedAt, String editor, NextRelease next,
			ReleasedFile dataFile) {
		this.memorandumId = memorandumId;
		this.memorandumSlug = memorandumSlug;
		this.number = next.number();
		this.releasedAt = releasedAt;
		this.editor = editor;
		this.kind = next.note().kind();
		this.note = next.note().text();
		this.dataFile = dataFile.json();
		this.sha256 = dataFile.sha256();
		this.mentions = dataFile.mentions();
	}

	public Long getId() {
		return this.id;
	}

	public long getMemorandumId() {
		return this.memorandumId;
	}

	public String getMemorandumSlug() {
		return this.memorandumSlug;
	}

	@Override
	public int getNumber() {
		return this.number;
	}

	@Override
	public Instant getReleasedAt() {
		return this.releasedAt;
	}

	@Override
	public String getEditor() {
		return this.editor;
	}

	@Override
	public ReleaseKind getKind() {
		return this.kind;
	}

	@Override
	public String getNote() {
		return this.note;
	}

	@Override
	public String getDataFile() {
		return this.dataFile;
	}

	@Override
	public String getSha256() {
		return this.sha256;
	}

}
