package org.talkstracker.translation;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.account.EditorNames;
import org.talkstracker.editing.EditConflictException;
import org.talkstracker.editing.FieldRefusedException;
import org.talkstracker.editing.Proposable;
import org.talkstracker.text.Text;
import org.talkstracker.text.TextLanguage;
import org.talkstracker.web.RecordNotFoundException;

/**
 * The language a fact's text is written in, and its translations: added, changed and
 * removed, each write checked against the version the editor saw. That a text is never
 * translated into its own language is the database's rule
 * ({@code text_translation_not_into_its_original}), refused at the field.
 */
@Service
class TranslationEditor {

	private final FactTexts texts;

	private final TextTranslationRepository translations;

	private final EditorNames editors;

	private final Clock clock;

	TranslationEditor(FactTexts texts, TextTranslationRepository translations, EditorNames editors, Clock clock) {
		this.texts = texts;
		this.translations = translations;
		this.editors = editors;
		this.clock = clock;
	}

	/**
	 * A text's editors' page: the text as written (null where the fact has none yet), the
	 * language it is written in, and its translations.
	 */
	record TextPage(TextOfFact text, String original, TextLanguage writtenIn, List<Text.Translation> translations) {
	}

	@Transactional(readOnly = true)
	public TextPage page(Map<String, String> path) {
		TextOfFact text = this.texts.find(path);
		return new TextPage(text, text.text(), text.writtenIn(),
				this.translations.of(text.fact(), text.field()).stream().map(TextTranslation::view).toList());
	}

	@Transactional(readOnly = true)
	public LanguageForm languageForm(Map<String, String> path) {
		return LanguageForm.of(this.texts.find(path));
	}

	/** The language form of the text at its editors' address, as stored now. */
	@Transactional(readOnly = true)
	public LanguageForm languageForm(String text) {
		return LanguageForm.of(this.texts.find(text));
	}

	/**
	 * Records the language the text at its editors' address ({@code text}) is written in.
	 */
	@Transactional
	@Proposable(value = "text.language", labels = "admin.text", current = "languageForm")
	public void markWrittenIn(String address, LanguageForm form) {
		TextOfFact text = this.texts.find(address);
		EditConflictException.unlessCurrent(LanguageForm.of(text), form, "admin.text");
		text.fact().markWrittenIn(text.field(), form.language());
		// Written now, so that a translation into that language is refused at the field.
		this.translations.flush();
	}

	@Transactional(readOnly = true)
	public TranslationForm blank(Map<String, String> path) {
		this.texts.find(path);
		return TranslationForm.blank(this.editors.current());
	}

	@Transactional(readOnly = true)
	public TranslationForm form(Map<String, String> path, TextLanguage language) {
		return TranslationForm.of(translation(this.texts.find(path), language));
	}

	/**
	 * The translation into the language of the text at its editors' address, as stored
	 * now.
	 */
	@Transactional(readOnly = true)
	public TranslationForm form(TextLanguage language, String text) {
		return TranslationForm.of(translation(this.texts.find(text), language));
	}

	/**
	 * Adds a translation of a text the fact has (at its editors' address, {@code text}),
	 * into a language it has none in yet ({@code text_translation_one_per_language}).
	 */
	@Transactional
	@Proposable(value = "translation.add", labels = "admin.translation")
	public void add(String address, TranslationForm form) {
		TextOfFact text = this.texts.find(address);
		if (text.text() == null) {
			throw new FieldRefusedException(null, "admin.translation.noText");
		}
		TextTranslation translation = new TextTranslation(text.fact(), text.field(), form.language());
		translation.translate(form.text(), form.translator(), this.clock.instant());
		this.translations.saveAndFlush(translation);
	}

	@Transactional
	@Proposable(value = "translation", labels = "admin.translation", current = "form")
	public void update(TextLanguage language, String text, TranslationForm form) {
		TextTranslation translation = translation(this.texts.find(text), language);
		TranslationForm submitted = form.into(language);
		EditConflictException.unlessCurrent(TranslationForm.of(translation), submitted, "admin.translation");
		translation.translate(submitted.text(), submitted.translator(), this.clock.instant());
		this.translations.flush();
	}

	@Transactional
	@Proposable(value = "translation.delete", labels = "admin.translation", current = "form")
	public void delete(TextLanguage language, String text) {
		this.translations.delete(translation(this.texts.find(text), language));
		this.translations.flush();
	}

	private TextTranslation translation(TextOfFact text, TextLanguage language) {
		return this.translations.of(text.fact(), text.field(), language)
			.orElseThrow(() -> new RecordNotFoundException("translation", text.address() + "/" + language));
	}

}
