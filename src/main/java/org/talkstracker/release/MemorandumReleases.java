package org.talkstracker.release;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.account.EditorNames;
import org.talkstracker.datafile.DataFile;
import org.talkstracker.datafile.DataFileReader;
import org.talkstracker.datafile.DataFileWriter;
import org.talkstracker.editing.FieldRefusedException;
import org.talkstracker.memorandum.Memorandum;
import org.talkstracker.memorandum.MemorandumRepository;
import org.talkstracker.round.Round;

/**
 * Releases of memoranda, made as rounds' are ({@link RoundReleases}, whose commit step
 * calls this one, with the same note and editor): every memorandum readers see on its own
 * page (of no round, or of a published round) has numbered, append-only releases, each
 * keeping the memorandum's data file. A memorandum delivered at a published round is in
 * the round's releases too, so a change of it makes a release of both.
 */
@Service
public class MemorandumReleases {

	private final MemorandumReleaseRepository releases;

	private final MemorandumRepository memoranda;

	private final DataFileWriter dataFiles;

	private final DataFileReader reader;

	private final Clock clock;

	private final ObjectProvider<EntityManager> entityManager;

	private final EditorNames editors;

	MemorandumReleases(MemorandumReleaseRepository releases, MemorandumRepository memoranda, DataFileWriter dataFiles,
			DataFileReader reader, Clock clock, ObjectProvider<EntityManager> entityManager, EditorNames editors) {
		this.editors = editors;
		this.releases = releases;
		this.memoranda = memoranda;
		this.dataFiles = dataFiles;
		this.reader = reader;
		this.clock = clock;
		this.entityManager = entityManager;
	}

	/** Which release readers see now and its latest correction, in one query. */
	@Transactional(readOnly = true)
	public Optional<CurrentRelease> current(String slug) {
		return CurrentRelease.of(this.releases.findLatestAndLastCorrection(slug));
	}

	/** Every release of the memorandum readers see under the slug, newest first. */
	@Transactional(readOnly = true)
	public List<MemorandumRelease> all(String slug) {
		return this.releases.findAllVisible(slug);
	}

	/** Release {@code number} of the memorandum readers see under the slug. */
	@Transactional(readOnly = true)
	public Optional<MemorandumRelease> release(String slug, int number) {
		return this.releases.findVisible(slug, number);
	}

	/**
	 * Every release of the memorandum readers see under the slug, newest first, each with
	 * what it changed for readers from the one before it.
	 */
	@Transactional(readOnly = true)
	public List<ReleaseChanges> histories(String slug) {
		List<MemorandumRelease> all = all(slug);
		List<DataFile> files = all.stream().map(this::file).toList();
		List<ReleaseChanges> histories = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			histories.add(new ReleaseChanges(ReleaseLine.of(all.get(i)),
					(i + 1 < all.size()) ? ReleaseDifferences.betweenMemoranda(files.get(i + 1), files.get(i))
							: ReleaseDifferences.firstOfMemorandum(files.get(i))));
		}
		return histories;
	}

	/** The memorandum as the release kept it, read from its data file. */
	public DataFile file(MemorandumRelease release) {
		return this.reader.readWritten(release.getDataFile());
	}

	/**
	 * Releases, as a transaction commits, each memorandum readers see that it changed:
	 * those written, those of the rounds that changed themselves, and those whose
	 * releases show a changed record. Called by {@link RoundReleases} once it has
	 * flushed.
	 */
	void releaseChanged(Collection<Memorandum> written, Collection<Round> roundsThemselves, Set<String> mentions,
			Supplier<ReleaseNote> note, Supplier<String> editor) {
		EntityManager manager = this.entityManager.getObject();
		Map<Long, Memorandum> changed = new TreeMap<>();
		written.stream()
			.filter((memorandum) -> memorandum.getId() != null)
			.forEach((memorandum) -> changed.put(memorandum.getId(), memorandum));
		List<Round> rounds = roundsThemselves.stream()
			.filter((round) -> round.getId() != null && manager.contains(round))
			.toList();
		if (!rounds.isEmpty()) {
			this.memoranda.findByRoundIn(rounds)
				.forEach((memorandum) -> changed.putIfAbsent(memorandum.getId(), memorandum));
		}
		if (!mentions.isEmpty()) {
			List<Long> mentioning = this.releases.findMemorandaMentioning(mentions.toArray(String[]::new))
				.stream()
				.filter((id) -> !changed.containsKey(id))
				.toList();
			this.memoranda.findAllById(mentioning).forEach((memorandum) -> changed.put(memorandum.getId(), memorandum));
		}
		for (Memorandum memorandum : changed.values()) {
			if (manager.contains(memorandum)) {
				releaseIfChanged(memorandum, note, editor);
			}
		}
	}

	/**
	 * Makes the first release of memoranda readers see that no release shows yet (shown
	 * before memoranda had releases, or written by a script), as readers see them now,
	 * signed by the site.
	 * @return how many were released
	 */
	@Transactional
	public int releaseFirst(List<Long> memorandumIds) {
		int released = 0;
		for (Memorandum memorandum : this.memoranda.findAllById(memorandumIds)) {
			if (this.releases.findFirstByMemorandumIdOrderByNumberDesc(memorandum.getId()).isEmpty()
					&& releaseIfChanged(memorandum, () -> new ReleaseNote(ReleaseKind.UPDATE, null),
							() -> EditorNames.SYSTEM)) {
				released++;
			}
		}
		return released;
	}

	/** Memoranda readers see that no release shows yet, a batch at a time. */
	@Transactional(readOnly = true)
	List<Long> unreleased(int batch) {
		return this.releases.findUnreleasedMemoranda(batch);
	}

	/**
	 * Releases a memorandum readers see if they see it otherwise than its latest release
	 * says.
	 * @return whether a release was made
	 */
	private boolean releaseIfChanged(Memorandum memorandum, Supplier<ReleaseNote> notes, Supplier<String> editor) {
		if (!memorandum.isVisible()) {
			return false;
		}
		Optional<byte[]> file = this.dataFiles.memorandum(memorandum.getSlug());
		if (file.isEmpty()) {
			return false;
		}
		ReleasedFile dataFile = ReleasedFile.of(file.get());
		Optional<NextRelease> next = NextRelease.after(
				this.releases.findFirstByMemorandumIdOrderByNumberDesc(memorandum.getId()), dataFile, notes,
				() -> new FieldRefusedException(null, "release.note.requiredForMemorandum", memorandum.getTitle()));
		next.ifPresent((release) -> {
			MemorandumRelease made = new MemorandumRelease(memorandum.getId(), memorandum.getSlug(),
					this.clock.instant(), editor.get(), release, dataFile);
			this.editors.approver().ifPresent(made::approvedBy);
			this.releases.save(made);
		});
		return next.isPresent();
	}

	/**
	 * One release of a page and what it changed for readers from the one before, as
	 * phrases to write in the reader's language.
	 */
	public record ReleaseChanges(ReleaseLine release, List<ReleaseChange> changes) {
	}

}
