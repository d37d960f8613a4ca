package org.talkstracker.approval;

import java.time.Clock;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.talkstracker.account.EditorNames;
import org.talkstracker.editing.ApprovalRequests;
import org.talkstracker.editing.EditConflictException;
import org.talkstracker.editing.EditingForm;
import org.talkstracker.editing.FieldRefusedException;
import org.talkstracker.release.ReleaseChange;
import org.talkstracker.release.RoundReleases;
import org.talkstracker.round.Round;
import org.talkstracker.round.RoundPublishing;
import org.talkstracker.round.RoundRepository;
import org.talkstracker.web.DatabaseConstraints;
import org.talkstracker.web.NotFoundException;
import org.talkstracker.web.RecordNotFoundException;

/**
 * The two-person rule's requests: a publication asked for, a correction proposed, each
 * stored until another editor approves it (then made as its author's, the release naming
 * both) or refuses it (then dropped).
 */
@Service
public class Approvals implements ApprovalRequests {

	private final ApprovalRequestRepository requests;

	private final RoundRepository rounds;

	private final RoundPublishing publishing;

	private final RoundReleases releases;

	private final EditorNames editors;

	private final ProposableChanges changes;

	private final Clock clock;

	private final TransactionTemplate dryRun;

	Approvals(ApprovalRequestRepository requests, RoundRepository rounds, RoundPublishing publishing,
			RoundReleases releases, EditorNames editors, ProposableChanges changes, Clock clock,
			PlatformTransactionManager transactions) {
		this.requests = requests;
		this.rounds = rounds;
		this.publishing = publishing;
		this.releases = releases;
		this.editors = editors;
		this.changes = changes;
		this.clock = clock;
		this.dryRun = new TransactionTemplate(transactions);
	}

	@Override
	@Transactional
	public void requestPublication(String slug) {
		Round round = this.rounds.forEditing(slug);
		if (!this.requests.existsByRoundSlugAndKind(slug, ApprovalRequest.Kind.PUBLICATION)) {
			this.requests.save(
					ApprovalRequest.publication(round, this.releases.requestedNote(), author(), this.clock.instant()));
		}
	}

	/**
	 * Stores a call of an editor's method marked {@code Proposable}, which the two-person
	 * rule kept, with the release note the request carries, for approval.
	 * @param round the slug of the round whose release needs the approval
	 */
	@Transactional
	void propose(String round, String kind, Object[] arguments) {
		ProposableChanges.Change change = this.changes.kind(kind);
		String target = change.target(arguments);
		this.requests
			.save(ApprovalRequest.correction(this.rounds.forEditing(round), kind, target, change.values(arguments),
					change.version(target, arguments), this.releases.requestedNote(), author(), this.clock.instant()));
	}

	@Transactional(readOnly = true)
	List<ApprovalRequest> all() {
		return this.requests.findAllByOrderByProposedAt();
	}

	/** What waits for approval of a round, oldest first. */
	@Transactional(readOnly = true)
	public List<Pending> pending(String slug) {
		return this.requests.findByRoundSlugOrderByProposedAt(slug)
			.stream()
			.map((request) -> new Pending(request.getId(), request.getKind().name(), request.isPublication(),
					request.getAuthor()))
			.toList();
	}

	/**
	 * The request, with its round, and for a correction the form's fields as stored now
	 * and as proposed, and what readers would see change: the correction is made in a
	 * transaction that is then rolled back, so that it is shown exactly as approving it
	 * would make it, or as outdated or refused as approving it would be.
	 */
	Proposal proposal(long id) {
		return this.dryRun.execute((status) -> {
			status.setRollbackOnly();
			ApprovalRequest request = request(id);
			request.getRound().getProcess().getName();
			if (request.isPublication()) {
				return new Proposal(request, null, List.of(), List.of(), List.of(), null);
			}
			ProposableChanges.Change change = this.changes.kind(request.getFormKind());
			List<EditingForm.Field> proposed = (change.form(request.getFormValues()) instanceof EditingForm form)
					? form.fields() : List.of();
			try {
				EditingForm current = change.current(request.getTarget());
				List<EditingForm.Field> stored = (current != null) ? current.fields() : List.of();
				List<ReleaseChange> changes = this.releases.changesMadeBy(request.getRound().getSlug(),
						() -> apply(change, request));
				return new Proposal(request, change.labels(), stored, proposed, changes, null);
			}
			catch (RuntimeException ex) {
				return new Proposal(request, change.labels(), List.of(), proposed, List.of(), problem(ex));
			}
		});
	}

	/**
	 * Why a correction cannot be made as it is: outdated when its record changed or went
	 * since, else what the editor or the database refuses of it.
	 */
	static FieldRefusedException problem(RuntimeException ex) {
		if (ex instanceof ProposableChanges.OutdatedRequestException || ex instanceof EditConflictException
				|| ex instanceof NotFoundException) {
			return new FieldRefusedException(null, "approval.outdated");
		}
		if (ex instanceof FieldRefusedException refused) {
			return refused;
		}
		if (ex instanceof DataIntegrityViolationException violation
				&& DatabaseConstraints.violated(violation) != null) {
			return new FieldRefusedException(null, "constraint." + DatabaseConstraints.violated(violation));
		}
		throw ex;
	}

	/**
	 * Makes what the request asks for, as its author's change approved by the signed-in
	 * editor, in one transaction: a correction through the same editor as a save, refused
	 * with a conflict when the record changed since the form was filled in.
	 * @throws FieldRefusedException when the signed-in editor is the author, or the round
	 * cannot be published
	 */
	@Transactional
	void approve(long id) {
		ApprovalRequest request = request(id);
		if (this.editors.username().map(request.getAuthor()::equals).orElse(true)) {
			throw new FieldRefusedException(null, "approval.notByAuthor");
		}
		this.editors.approving(request.getAuthor());
		this.releases.releaseWith(request.getNote());
		if (request.isPublication()) {
			if (!this.publishing.publish(request.getRound().getSlug())) {
				throw new FieldRefusedException(null, "admin.round.publishRefused");
			}
		}
		else {
			apply(this.changes.kind(request.getFormKind()), request);
		}
		this.requests.delete(request);
	}

	/** Drops the request: nothing of it is made. */
	@Transactional
	void refuse(long id) {
		this.requests.delete(request(id));
	}

	private static void apply(ProposableChanges.Change change, ApprovalRequest request) {
		change.apply(request.getTarget(), request.getFormValues(), request.getFormVersion());
	}

	private ApprovalRequest request(long id) {
		return this.requests.findById(id).orElseThrow(() -> new RecordNotFoundException("approval request", id));
	}

	private String author() {
		return this.editors.username().orElseThrow(() -> new IllegalStateException("No editor signed in"));
	}

	/** A request waiting for approval: its kind, and the username of its author. */
	public record Pending(long id, String kind, boolean publication, String author) {
	}

	/**
	 * A request as its page shows it: for a correction, the labels' message prefix, the
	 * form's fields as stored now (none for a record not made yet) and as proposed (none
	 * for a deletion), in the form's order, what readers would see change, and what keeps
	 * it from being made, if anything does.
	 */
	record Proposal(ApprovalRequest request, String labels, List<EditingForm.Field> stored,
			List<EditingForm.Field> proposed, List<ReleaseChange> changes, FieldRefusedException problem) {
	}

}
