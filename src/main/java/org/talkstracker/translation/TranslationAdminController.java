package org.talkstracker.translation;

import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.talkstracker.editing.DeleteImpact;
import org.talkstracker.text.TextLanguage;
import org.talkstracker.web.DeleteConfirmation;
import org.talkstracker.web.FormSaving;
import org.talkstracker.web.FormSubmissions;

/**
 * Editors say which language a fact's text is written in, and add, change and remove its
 * translations, on a page of its own under the fact's address ({@code …/texts/summary}),
 * linked from the fact's form.
 */
@Controller
class TranslationAdminController {

	private static final String ROUND = FactTexts.ROUND;

	private static final String PROPOSAL = FactTexts.PROPOSAL;

	private static final String MEMORANDUM = FactTexts.MEMORANDUM;

	private static final String CLAUSE = FactTexts.CLAUSE;

	private static final String STATEMENT = FactTexts.STATEMENT;

	private static final String TRANSLATION = "/translations/{language}";

	private static final Map<String, String> CONSTRAINTS = Map.of("text_translation_not_into_its_original", "language",
			"text_translation_one_per_language", "language");

	private final TranslationEditor editor;

	private final FormSubmissions submissions;

	TranslationAdminController(TranslationEditor editor, FormSubmissions submissions) {
		this.editor = editor;
		this.submissions = submissions;
	}

	@GetMapping({ ROUND, PROPOSAL, MEMORANDUM, CLAUSE, STATEMENT })
	String page(@PathVariable Map<String, String> path, Model model) {
		model.addAttribute("form", this.editor.languageForm(path));
		return page(model, path);
	}

	@PostMapping({ ROUND, PROPOSAL, MEMORANDUM, CLAUSE, STATEMENT })
	String markWrittenIn(@PathVariable Map<String, String> path, @Valid @ModelAttribute("form") LanguageForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		return FormSaving.savedOrShownAgain(result, CONSTRAINTS, () -> this.editor.markWrittenIn(address(path), form),
				redirect, address(path), () -> page(model, path));
	}

	@GetMapping({ ROUND + "/translations/new", PROPOSAL + "/translations/new", MEMORANDUM + "/translations/new",
			CLAUSE + "/translations/new", STATEMENT + "/translations/new" })
	String addForm(@PathVariable Map<String, String> path, Model model) {
		model.addAttribute("form", this.editor.blank(path));
		return form(model, path, null);
	}

	@PostMapping({ ROUND + "/translations/new", PROPOSAL + "/translations/new", MEMORANDUM + "/translations/new",
			CLAUSE + "/translations/new", STATEMENT + "/translations/new" })
	String add(@PathVariable Map<String, String> path, @Valid @ModelAttribute("form") TranslationForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		return FormSaving.savedOrShownAgain(result, CONSTRAINTS, () -> this.editor.add(address(path), form), redirect,
				address(path), () -> form(model, path, null));
	}

	@GetMapping({ ROUND + TRANSLATION, PROPOSAL + TRANSLATION, MEMORANDUM + TRANSLATION, CLAUSE + TRANSLATION,
			STATEMENT + TRANSLATION })
	String editForm(@PathVariable Map<String, String> path, @PathVariable TextLanguage language, Model model) {
		model.addAttribute("form", this.editor.form(path, language));
		return form(model, path, language);
	}

	@PostMapping({ ROUND + TRANSLATION, PROPOSAL + TRANSLATION, MEMORANDUM + TRANSLATION, CLAUSE + TRANSLATION,
			STATEMENT + TRANSLATION })
	String edit(@PathVariable Map<String, String> path, @PathVariable TextLanguage language,
			@Valid @ModelAttribute("form") TranslationForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		return FormSaving.savedOrShownAgain(result, CONSTRAINTS,
				() -> this.editor.update(language, address(path), form), redirect, address(path),
				() -> form(model, path, language));
	}

	@GetMapping({ ROUND + TRANSLATION + "/delete", PROPOSAL + TRANSLATION + "/delete",
			MEMORANDUM + TRANSLATION + "/delete", CLAUSE + TRANSLATION + "/delete",
			STATEMENT + TRANSLATION + "/delete" })
	String confirmDelete(@PathVariable Map<String, String> path, @PathVariable TextLanguage language, Model model) {
		this.editor.form(path, language);
		String address = address(path);
		return DeleteConfirmation.page(model, DeleteImpact.NONE, "translation", address + " (" + language.code() + ")",
				address + "/translations/" + language, address);
	}

	@PostMapping({ ROUND + TRANSLATION + "/delete", PROPOSAL + TRANSLATION + "/delete",
			MEMORANDUM + TRANSLATION + "/delete", CLAUSE + TRANSLATION + "/delete",
			STATEMENT + TRANSLATION + "/delete" })
	String delete(@PathVariable Map<String, String> path, @PathVariable TextLanguage language,
			RedirectAttributes redirect) {
		this.editor.delete(language, address(path));
		return DeleteConfirmation.deleted(redirect, address(path));
	}

	private String page(Model model, Map<String, String> path) {
		model.addAttribute("page", this.editor.page(path));
		model.addAttribute("languages", TextLanguage.values());
		return "translation/admin/text";
	}

	private String form(Model model, Map<String, String> path, TextLanguage language) {
		model.addAttribute("page", this.editor.page(path));
		model.addAttribute("language", language);
		model.addAttribute("languages", TextLanguage.values());
		return "translation/admin/form";
	}

	/** The text's page: where every change of it goes back to. */
	private String address(Map<String, String> path) {
		return this.editor.page(path).text().address();
	}

}
