package org.talkstracker.translation;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.talkstracker.editing.EditingForm;
import org.talkstracker.text.TextLanguage;

/** A translation of a text: into which language, its words, and who translated it. */
record TranslationForm(@NotNull TextLanguage language, @NotBlank @Size(max = EditingForm.LONG_TEXT) String text,
		@NotBlank @Size(max = 200) String translator, long version) implements EditingForm {

	/** A new translation, credited to the editor adding it until they say otherwise. */
	static TranslationForm blank(String translator) {
		return new TranslationForm(null, null, translator, 0);
	}

	static TranslationForm of(TextTranslation translation) {
		return new TranslationForm(translation.getLanguage(), translation.getText(), translation.getTranslator(),
				translation.getVersion());
	}

	/** The form as submitted for the translation an address names. */
	TranslationForm into(TextLanguage language) {
		return new TranslationForm(language, this.text, this.translator, this.version);
	}

	@Override
	public List<Field> fields() {
		return List.of(Field.choice("language", this.language, "text.language"), new Field("text", this.text),
				new Field("translator", this.translator));
	}

}
