package org.talkstracker.release;

import java.util.Optional;
import java.util.function.Supplier;

import org.talkstracker.editing.FieldRefusedException;

/**
 * The rule every release follows, of a round or of a memorandum: a page whose data file
 * is not its latest release's gets the next number (1 for its first), and after the first
 * only with the editor's public note.
 *
 * @param number the new release's number
 * @param note its kind and note
 */
record NextRelease(int number, ReleaseNote note) {

	/**
	 * The release a page needs now, or none when readers see it as its latest release
	 * says.
	 * @param latest the page's latest release, if any
	 * @param file the page as readers see it now
	 * @param notes the note given with the change (asked only when a release is needed)
	 * @param withoutNote the refusal of a release after the first without a note, naming
	 * the page
	 * @throws FieldRefusedException when a release after the first has no note
	 */
	static Optional<NextRelease> after(Optional<? extends Release> latest, ReleasedFile file,
			Supplier<ReleaseNote> notes, Supplier<FieldRefusedException> withoutNote) {
		if (latest.isPresent() && latest.get().getSha256().equals(file.sha256())) {
			return Optional.empty();
		}
		ReleaseNote note = notes.get();
		if (latest.isPresent() && !note.hasText()) {
			throw withoutNote.get();
		}
		return Optional.of(new NextRelease(latest.map((release) -> release.getNumber() + 1).orElse(1), note));
	}

}
