package org.talkstracker.translation;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.talkstracker.editing.EditingForm;
import org.talkstracker.text.TextLanguage;

/** The language a text is written in, and the version of its fact the editor saw. */
record LanguageForm(@NotNull TextLanguage language, long version) implements EditingForm {

	static LanguageForm of(TextOfFact text) {
		return new LanguageForm(text.writtenIn(), text.fact().getVersion());
	}

	@Override
	public List<Field> fields() {
		return List.of(Field.choice("language", this.language, "text.language"));
	}

}
