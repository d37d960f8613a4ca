package org.talkstracker.release;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.talkstracker.account.EditorNames;
import org.talkstracker.datafile.DataFile;
import org.talkstracker.datafile.DataFileReader;
import org.talkstracker.datafile.DataFileWriter;
import org.talkstracker.editing.ApprovalRequiredException;
import org.talkstracker.editing.FieldRefusedException;
import org.talkstracker.editing.SharedRecordChanged;
import org.talkstracker.editing.TransactionBound;
import org.talkstracker.editing.TwoPersonRule;
import org.talkstracker.memorandum.Memorandum;
import org.talkstracker.memorandum.MemorandumChanged;
import org.talkstracker.round.Round;
import org.talkstracker.round.RoundFactsChanged;
import org.talkstracker.round.RoundRepository;

/**
 * Makes a release of every published round, and of every memorandum readers see, whose
 * page a transaction changes, as it commits: whatever wrote the change (an editor's form,
 * a deletion, an import), a page readers see differently than in its latest release gets
 * a new one, so readers never see a change without a release. The rounds concerned are
 * those whose facts were written ({@link RoundFactsChanged}) and those whose releases
 * show a changed source, party, person or process ({@link SharedRecordChanged}); each is
 * written as its data file and compared with its latest release. Memoranda are released
 * in the same step by {@link MemorandumReleases}: those written
 * ({@link MemorandumChanged}), those of a round that changed itself (published, or taken
 * back to draft), and those whose releases show a changed record. A release after the
 * first needs the editor's public note ({@link ReleaseNotes}), one note for every page
 * the change releases: without one the transaction is refused, and nothing of it is kept.
 */
@Service
public class RoundReleases {

	private final RoundReleaseRepository releases;

	private final RoundRepository rounds;

	private final DataFileWriter dataFiles;

	private final DataFileReader reader;

	private final ReleaseNotes notes;

	private final EditorNames editors;

	private final Clock clock;

	private final ObjectProvider<EntityManager> entityManager;

	private final MemorandumReleases memoranda;

	private final TwoPersonRule rule;

	private final RoundReleaseLines lines;

	RoundReleases(RoundReleaseRepository releases, RoundRepository rounds, DataFileWriter dataFiles,
			DataFileReader reader, ReleaseNotes notes, EditorNames editors, Clock clock,
			ObjectProvider<EntityManager> entityManager, MemorandumReleases memoranda, TwoPersonRule rule,
			RoundReleaseLines lines) {
		this.lines = lines;
		this.memoranda = memoranda;
		this.rule = rule;
		this.releases = releases;
		this.rounds = rounds;
		this.dataFiles = dataFiles;
		this.reader = reader;
		this.notes = notes;
		this.editors = editors;
		this.clock = clock;
		this.entityManager = entityManager;
	}

	@EventListener
	void roundChanged(RoundFactsChanged change) {
		pending().ifPresent((pending) -> {
			pending.rounds.add(change.round());
			if (change.roundItself()) {
				pending.roundsThemselves.add(change.round());
			}
		});
	}

	@EventListener
	void memorandumChanged(MemorandumChanged change) {
		pending().ifPresent((pending) -> pending.memoranda.add(change.memorandum()));
	}

	@EventListener
	void recordChanged(SharedRecordChanged change) {
		pending().ifPresent((pending) -> pending.mentions.add(change.mention()));
	}

	/**
	 * Releases what the current transaction changes with this note, given earlier (with a
	 * change a second editor approves now), rather than one the request carries.
	 */
	public void releaseWith(ReleaseNote note) {
		this.notes.give(note);
	}

	/** The note the request being handled carries for the release of its change. */
	public ReleaseNote requestedNote() {
		return this.notes.current();
	}

	/** The round's latest release, with its data file. */
	@Transactional(readOnly = true)
	public Optional<RoundRelease> latest(String slug) {
		return this.releases.findFirstByRoundSlugOrderByNumberDesc(slug);
	}

	/** Which release readers see now and its latest correction, in one query. */
	@Transactional(readOnly = true)
	public Optional<CurrentRelease> current(String slug) {
		return CurrentRelease.of(this.lines.latestAndLastCorrection(slug));
	}

	/** Every release of the round, newest first. */
	@Transactional(readOnly = true)
	public List<RoundRelease> all(String slug) {
		return this.releases.findByRoundSlugOrderByNumberDesc(slug);
	}

	@Transactional(readOnly = true)
	public Optional<RoundRelease> release(String slug, int number) {
		return this.releases.findByRoundSlugAndNumber(slug, number);
	}

	/**
	 * What a release changed for readers from the one before it (null for the first), in
	 * readers' words.
	 */
	public List<ReleaseChange> changes(RoundRelease before, RoundRelease release) {
		return (before != null) ? ReleaseDifferences.between(file(before), file(release))
				: ReleaseDifferences.first(file(release));
	}

	/** The round as the release kept it, read from its data file. */
	public DataFile file(RoundRelease release) {
		return read(release.getRoundSlug() + " release " + release.getNumber(),
				release.getDataFile().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * What a change would show readers differently on a published round's page, in
	 * readers' words: the round's data file is written before and after the change, both
	 * within the current transaction, which the caller rolls back (a second editor's look
	 * at a proposed correction before approving it). Empty when readers see no
	 * difference, or the round is not published.
	 */
	public List<ReleaseChange> changesMadeBy(String slug, Runnable change) {
		Optional<byte[]> before = this.dataFiles.round(slug);
		change.run();
		this.entityManager.getObject().flush();
		Optional<byte[]> after = this.dataFiles.round(slug);
		if (before.isEmpty() || after.isEmpty()) {
			return List.of();
		}
		return ReleaseDifferences.between(read(slug, before.get()), read(slug, after.get()));
	}

	private DataFile read(String slug, byte[] file) {
		return this.reader.read(slug, new ByteArrayInputStream(file));
	}

	/**
	 * Releases each round and memorandum the committing transaction changed, once
	 * everything it wrote is flushed, with one note and one editor for all.
	 */
	private void releaseChanged(Pending pending) {
		EntityManager manager = this.entityManager.getObject();
		Map<Long, Round> changed = new TreeMap<>();
		pending.rounds.stream()
			.filter((round) -> round.getId() != null)
			.forEach((round) -> changed.put(round.getId(), round));
		if (!pending.mentions.isEmpty()) {
			this.releases.findRoundsMentioning(pending.mentions.toArray(String[]::new))
				.forEach((id) -> changed.computeIfAbsent(id, (missing) -> this.rounds.findById(missing).orElse(null)));
		}
		Supplier<ReleaseNote> note = once(this.notes::current);
		Supplier<String> editor = once(this.editors::current);
		for (Round round : changed.values()) {
			if (round != null && manager.contains(round)) {
				releaseIfChanged(round, note, editor, this.rule.isOn());
			}
		}
		this.memoranda.releaseChanged(pending.memoranda, pending.roundsThemselves, pending.mentions, note, editor);
		manager.flush();
	}

	/**
	 * Makes the first release of published rounds released by nothing yet (published
	 * before releases existed, or written by a script), as readers see them now, signed
	 * by the site.
	 * @return how many were released
	 */
	@Transactional
	public int releaseFirst(List<Long> roundIds) {
		int released = 0;
		for (Round round : this.rounds.findAllById(roundIds)) {
			if (this.releases.findFirstByRoundIdOrderByNumberDesc(round.getId()).isEmpty() && releaseIfChanged(round,
					() -> new ReleaseNote(ReleaseKind.UPDATE, null), () -> EditorNames.SYSTEM, false)) {
				released++;
			}
		}
		return released;
	}

	/**
	 * Releases a published round if readers see it otherwise than its latest release
	 * says.
	 * @param approvalNeeded whether the release needs a second editor's approval (the
	 * two-person rule): without one, the transaction is refused
	 * @return whether a release was made
	 */
	private boolean releaseIfChanged(Round round, Supplier<ReleaseNote> notes, Supplier<String> editor,
			boolean approvalNeeded) {
		if (!round.isPublished()) {
			return false;
		}
		Optional<byte[]> file = this.dataFiles.round(round.getSlug());
		if (file.isEmpty()) {
			return false;
		}
		ReleasedFile dataFile = ReleasedFile.of(file.get());
		Optional<NextRelease> next = NextRelease.after(this.releases.findFirstByRoundIdOrderByNumberDesc(round.getId()),
				dataFile, notes, () -> new FieldRefusedException(null, "release.note.required", round.getNumber()));
		if (next.isPresent() && approvalNeeded && this.editors.approver().isEmpty()) {
			throw new ApprovalRequiredException(round.getSlug(),
					next.get().number() == 1 ? "approval.requiredToPublish" : "approval.requiredToChange",
					round.getNumber());
		}
		next.ifPresent((release) -> {
			RoundRelease made = new RoundRelease(round.getId(), round.getSlug(), this.clock.instant(), editor.get(),
					release, dataFile);
			this.editors.approver().ifPresent(made::approvedBy);
			this.releases.save(made);
		});
		return next.isPresent();
	}

	/** The value the supplier gives the first time it is asked, asked at most once. */
	static <T> Supplier<T> once(Supplier<T> supplier) {
		return new Supplier<>() {

			private T given;

			@Override
			public T get() {
				this.given = (this.given != null) ? this.given : supplier.get();
				return this.given;
			}

		};
	}

	/**
	 * Every read-write transaction is watched from its start
	 * ({@link ReleasingTransactions}): a change written only by the flush at commit is
	 * then released too, as a synchronization registered during that flush would run too
	 * late.
	 */
	void watch() {
		pending();
	}

	private Optional<Pending> pending() {
		return TransactionBound.getOrBind(this, Pending.class, () -> {
			Pending pending = new Pending();
			TransactionSynchronizationManager.registerSynchronization(pending);
			return pending;
		});
	}

	/** What one transaction changed, released as it commits. */
	private final class Pending implements TransactionSynchronization {

		private final Set<Round> rounds = Collections.newSetFromMap(new IdentityHashMap<>());

		/** Rounds whose own fields changed: publishing one shows its memoranda. */
		private final Set<Round> roundsThemselves = Collections.newSetFromMap(new IdentityHashMap<>());

		private final Set<Memorandum> memoranda = Collections.newSetFromMap(new IdentityHashMap<>());

		private final Set<String> mentions = new LinkedHashSet<>();

		@Override
		public void beforeCommit(boolean readOnly) {
			if (!readOnly) {
				// What the transaction has not flushed yet is written now, so its changes
				// are known before they are released.
				RoundReleases.this.entityManager.getObject().flush();
				if (!this.rounds.isEmpty() || !this.mentions.isEmpty() || !this.memoranda.isEmpty()) {
					releaseChanged(this);
				}
			}
		}

	}

}
