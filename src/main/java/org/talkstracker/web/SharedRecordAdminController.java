package org.talkstracker.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.talkstracker.editing.DeleteImpact;
import org.talkstracker.editing.EditingForm;
import org.talkstracker.editing.SharedRecordEditor;

/**
 * The admin pages of a record known by its slug alone (a person, a party, a peace
 * process), below the path its controller maps: the list, {@code new},
 * {@code {slug}/edit} and {@code {slug}/delete}. A saved form leads back to the list,
 * with the notice that it was saved; a refused one is shown again as typed. A delete that
 * other records refuse shows the confirmation again, naming them, as a 409. The feature's
 * controller names its path, its pages and the constraints its forms may break.
 *
 * @param <F> the form that adds and edits one
 */
public abstract class SharedRecordAdminController<F extends EditingForm> {

	private final SharedRecordEditor<F> editor;

	private final FormSubmissions submissions;

	private final String path;

	private final String kind;

	private final Map<String, String> constraints;

	/**
	 * @param path the path the controller maps, such as {@code /admin/people}
	 * @param kind the record's kind, named by the message {@code admin.kind.<kind>}
	 * @param constraints the form field each database constraint concerns
	 */
	protected SharedRecordAdminController(SharedRecordEditor<F> editor, FormSubmissions submissions, String path,
			String kind, Map<String, String> constraints) {
		this.editor = editor;
		this.submissions = submissions;
		this.path = path;
		this.kind = kind;
		this.constraints = constraints;
	}

	/** Fills the model for the list of every record and names its view. */
	protected abstract String listPage(Model model);

	/** The form to add a record with. */
	protected abstract F blankForm();

	/**
	 * Fills the model for the form (beside {@code form} and {@code slug}, null when
	 * adding) and names its view.
	 */
	protected abstract String formPage(Model model);

	/** Rejects what the form's own annotations cannot say; nothing, unless overridden. */
	protected void check(F form, BindingResult result) {
	}

	@GetMapping
	String list(Model model) {
		return listPage(model);
	}

	@GetMapping("/new")
	String addForm(Model model) {
		model.addAttribute("form", blankForm());
		return form(model, null);
	}

	@PostMapping("/new")
	String add(@Valid @ModelAttribute("form") F form, BindingResult binding, Model model, RedirectAttributes redirect) {
		return save(form, binding, model, redirect, null, () -> this.editor.add(form));
	}

	@GetMapping("/{slug}/edit")
	String editForm(@PathVariable String slug, Model model) {
		model.addAttribute("form", this.editor.form(slug));
		return form(model, slug);
	}

	@PostMapping("/{slug}/edit")
	String edit(@PathVariable String slug, @Valid @ModelAttribute("form") F form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		return save(form, binding, model, redirect, slug, () -> this.editor.update(slug, form));
	}

	@GetMapping("/{slug}/delete")
	String confirmDelete(@PathVariable String slug, Model model) {
		return deletePage(model, slug, this.editor.impactOfDeleting(slug));
	}

	@PostMapping("/{slug}/delete")
	String delete(@PathVariable String slug, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		DeleteImpact impact = this.editor.delete(slug);
		return DeleteConfirmation.deletedOrRefused(impact, response, redirect, this.path,
				() -> deletePage(model, slug, impact));
	}

	private String save(F form, BindingResult binding, Model model, RedirectAttributes redirect, String slug,
			Runnable save) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		check(form, result);
		return FormSaving.savedOrShownAgain(result, this.constraints, save, redirect, this.path,
				() -> form(model, slug));
	}

	private String deletePage(Model model, String slug, DeleteImpact impact) {
		String recordPath = this.path + "/" + slug;
		return DeleteConfirmation.page(model, impact, this.kind, slug, recordPath, recordPath + "/edit");
	}

	private String form(Model model, String slug) {
		model.addAttribute("slug", slug);
		return formPage(model);
	}

}
