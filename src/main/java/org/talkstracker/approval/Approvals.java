package org.talkstracker.approval;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.account.EditorNames;
import org.talkstracker.editing.ApprovalRequests;
import org.talkstracker.editing.EditingForm;
import org.talkstracker.editing.FieldRefusedException;
import org.talkstracker.editing.ProposableForm;
import org.talkstracker.release.RoundReleases;
import org.talkstracker.round.Round;
import org.talkstracker.round.RoundNotFoundForEditing;
import org.talkstracker.round.RoundPublishing;
import org.talkstracker.round.RoundRepository;
import org.talkstracker.web.RecordNotFoundException;

/**
 * The two-person rule's requests: a publication asked for, a correction proposed, each
 * stored until another editor approves it (then made as its author's, the release naming
 * both) or refuses it (then dropped).
 */
@Service
public class Approvals implements ApprovalRequests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ApprovalRequestRepository requests;

	private final RoundRepository rounds;

	private final RoundPublishing publishing;

	private final RoundReleases releases;

	private final EditorNames editors;

	private final Map<String, ProposableForm<?>> forms;

	private final Clock clock;

	Approvals(ApprovalRequestRepository requests, RoundRepository rounds, RoundPublishing publishing,
			RoundReleases releases, EditorNames editors, List<ProposableForm<?>> forms, Clock clock) {
		this.requests = requests;
		this.rounds = rounds;
		this.publishing = publishing;
		this.releases = releases;
		this.editors = editors;
		this.forms = forms.stream().collect(Collectors.toMap(ProposableForm::kind, Function.identity()));
		this.clock = clock;
	}

	@Override
	@Transactional
	public void requestPublication(String slug) {
		Round round = round(slug);
		if (!this.requests.existsByRoundSlugAndKind(slug, ApprovalRequest.Kind.PUBLICATION)) {
			this.requests.save(
					ApprovalRequest.publication(round, this.releases.requestedNote(), author(), this.clock.instant()));
		}
	}

	@Override
	@Transactional
	public void propose(String kind, String target, EditingForm form) {
		ProposableForm<?> proposable = form(kind);
		if (!proposable.type().isInstance(form)) {
			throw new IllegalArgumentException("Not a form of " + kind + ": " + form.getClass().getName());
		}
		this.requests.save(
				ApprovalRequest.correction(round(proposable.round(target)), kind, target, JSON.writeValueAsString(form),
						form.version(), this.releases.requestedNote(), author(), this.clock.instant()));
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
	 * and as proposed.
	 */
	@Transactional(readOnly = true)
	Proposal proposal(long id) {
		ApprovalRequest request = request(id);
		request.getRound().getProcess().getName();
		if (request.isPublication()) {
			return new Proposal(request, null, List.of(), List.of());
		}
		ProposableForm<?> proposable = form(request.getFormKind());
		return new Proposal(request, proposable.labels(), proposable.stored(request.getTarget()).fields(),
				proposed(request, proposable).fields());
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
			apply(form(request.getFormKind()), request);
		}
		this.requests.delete(request);
	}

	/** Drops the request: nothing of it is made. */
	@Transactional
	void refuse(long id) {
		this.requests.delete(request(id));
	}

	private <F extends EditingForm> void apply(ProposableForm<F> proposable, ApprovalRequest request) {
		proposable.apply(request.getTarget(), proposed(request, proposable));
	}

	private static <F extends EditingForm> F proposed(ApprovalRequest request, ProposableForm<F> proposable) {
		return JSON.readValue(request.getFormValues(), proposable.type());
	}

	private ProposableForm<?> form(String kind) {
		ProposableForm<?> form = this.forms.get(kind);
		if (form == null) {
			throw new IllegalArgumentException("No form of kind " + kind + " can be proposed");
		}
		return form;
	}

	private ApprovalRequest request(long id) {
		return this.requests.findById(id).orElseThrow(() -> new RecordNotFoundException("approval request", id));
	}

	private Round round(String slug) {
		return this.rounds.findBySlug(slug).orElseThrow(() -> new RoundNotFoundForEditing(slug));
	}

	private String author() {
		return this.editors.username().orElseThrow(() -> new IllegalStateException("No editor signed in"));
	}

	/** A request waiting for approval: its kind, and the username of its author. */
	public record Pending(long id, String kind, boolean publication, String author) {
	}

	/**
	 * A request as its page shows it: for a correction, the labels' message prefix and
	 * the form's fields as stored now and as proposed, in the form's order.
	 */
	record Proposal(ApprovalRequest request, String labels, List<EditingForm.Field> stored,
			List<EditingForm.Field> proposed) {
	}

}
