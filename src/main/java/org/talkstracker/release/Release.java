package org.talkstracker.release;

import java.time.Instant;
import java.util.List;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What every release has, of a round or of a memorandum: its number (1, 2, 3 … per page),
 * when and by whom it was made, its kind and public note, and the page as readers saw it
 * (its data file, with the SHA-256 of its UTF-8 bytes). Never changed once stored: the
 * schema refuses to update or delete one.
 */
@MappedSuperclass
public abstract class Release {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int number;

	private Instant releasedAt;

	private String editor;

	private String approvedBy;

	@Enumerated(EnumType.STRING)
	private ReleaseKind kind;

	private String note;

	private String dataFile;

	private String sha256;

	/**
	 * What the release shows that is not the page's own ({@code source:slug},
	 * {@code person:slug}, {@code party:slug}, {@code process:slug}): a change of one of
	 * them changes the pages whose latest release mentions it.
	 */
	@JdbcTypeCode(SqlTypes.ARRAY)
	private List<String> mentions;

	protected Release() {
	}

	protected Release(int number, Instant releasedAt, String editor, ReleaseNote note, ReleasedFile dataFile) {
		this.number = number;
		this.releasedAt = releasedAt;
		this.editor = editor;
		this.kind = note.kind();
		this.note = note.text();
		this.dataFile = dataFile.json();
		this.sha256 = dataFile.sha256();
		this.mentions = dataFile.mentions();
	}

	public Long getId() {
		return this.id;
	}

	public int getNumber() {
		return this.number;
	}

	public Instant getReleasedAt() {
		return this.releasedAt;
	}

	public String getEditor() {
		return this.editor;
	}

	/**
	 * The second editor who approved the release's change, none unless the two-person
	 * rule was on.
	 */
	public String getApprovedBy() {
		return this.approvedBy;
	}

	/** Records the second editor who approved the change this release makes. */
	protected void approvedBy(String approver) {
		this.approvedBy = approver;
	}

	public ReleaseKind getKind() {
		return this.kind;
	}

	public String getNote() {
		return this.note;
	}

	public String getDataFile() {
		return this.dataFile;
	}

	public String getSha256() {
		return this.sha256;
	}

	public boolean isFirst() {
		return this.number == 1;
	}

}
