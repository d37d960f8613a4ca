package org.talkstracker.approval;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import org.talkstracker.release.ReleaseKind;
import org.talkstracker.release.ReleaseNote;
import org.talkstracker.round.Round;

/**
 * What an editor asked a second editor to approve under the two-person rule: a round's
 * publication, or a correction of a published round (an editing form's values, of a kind
 * registered for it, for the record it edits), with the note readers will see. Removed
 * once approved or refused.
 */
@Entity
class ApprovalRequest {

	public enum Kind {

		PUBLICATION, CORRECTION

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Round round;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String formKind;

	private String target;

	private String formValues;

	private Long formVersion;

	@Enumerated(EnumType.STRING)
	private ReleaseKind releaseKind;

	private String releaseNote;

	private String author;

	private Instant proposedAt;

	protected ApprovalRequest() {
	}

	private ApprovalRequest(Round round, Kind kind, ReleaseNote note, String author, Instant proposedAt) {
		this.round = round;
		this.kind = kind;
		this.releaseKind = note.kind();
		this.releaseNote = note.text();
		this.author = author;
		this.proposedAt = proposedAt;
	}

	static ApprovalRequest publication(Round round, ReleaseNote note, String author, Instant proposedAt) {
		return new ApprovalRequest(round, Kind.PUBLICATION, note, author, proposedAt);
	}

	static ApprovalRequest correction(Round round, String formKind, String target, String formValues, Long formVersion,
			ReleaseNote note, String author, Instant proposedAt) {
		ApprovalRequest request = new ApprovalRequest(round, Kind.CORRECTION, note, author, proposedAt);
		request.formKind = formKind;
		request.target = target;
		request.formValues = formValues;
		request.formVersion = formVersion;
		return request;
	}

	public Long getId() {
		return this.id;
	}

	public Round getRound() {
		return this.round;
	}

	public Kind getKind() {
		return this.kind;
	}

	public boolean isPublication() {
		return this.kind == Kind.PUBLICATION;
	}

	public String getFormKind() {
		return this.formKind;
	}

	public String getTarget() {
		return this.target;
	}

	public String getFormValues() {
		return this.formValues;
	}

	public Long getFormVersion() {
		return this.formVersion;
	}

	public ReleaseNote getNote() {
		return new ReleaseNote(this.releaseKind, this.releaseNote);
	}

	public String getReleaseNote() {
		return this.releaseNote;
	}

	public ReleaseKind getReleaseKind() {
		return this.releaseKind;
	}

	public String getAuthor() {
		return this.author;
	}

	public Instant getProposedAt() {
		return this.proposedAt;
	}

}
