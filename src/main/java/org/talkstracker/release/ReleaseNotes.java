package org.talkstracker.release;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.talkstracker.editing.FieldRefusedException;
import org.talkstracker.editing.TransactionBound;

/**
 * The release note an editor gave with a save: every editors' form and confirmation that
 * can change a published round carries the fields {@value #KIND} and {@value #TEXT} (the
 * fragment {@code fragments/admin :: releaseNote}), read here from the request being
 * handled, as the editor is read from the security context. Outside a request (the
 * reference data loaded at start) there is none.
 */
@Component
class ReleaseNotes {

	static final String KIND = "releaseKind";

	static final String TEXT = "releaseNote";

	ReleaseNote current() {
		Optional<ReleaseNote> given = TransactionBound.get(ReleaseNotes.class, ReleaseNote.class);
		if (given.isPresent()) {
			return given.get();
		}
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
			return new ReleaseNote(null, null);
		}
		String text = parameter(request, TEXT).orElse(null);
		if (text != null && text.strip().length() > ReleaseNote.MAX_LENGTH) {
			throw new FieldRefusedException(null, "release.note.tooLong", ReleaseNote.MAX_LENGTH);
		}
		return new ReleaseNote(parameter(request, KIND).map(ReleaseNotes::kind).orElse(null), text);
	}

	/**
	 * Makes the note of what the current transaction releases this one, rather than what
	 * the request carries, until the transaction completes.
	 */
	void give(ReleaseNote note) {
		TransactionBound.bind(ReleaseNotes.class, note);
	}

	private static ReleaseKind kind(String value) {
		try {
			return ReleaseKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new FieldRefusedException(null, "release.kind.unknown");
		}
	}

	private static Optional<String> parameter(ServletRequestAttributes request, String name) {
		return Optional.ofNullable(request.getRequest().getParameter(name)).filter((value) -> !value.isBlank());
	}

}
