package org.talkstracker.source;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.talkstracker.web.DeleteConfirmation;
import org.talkstracker.web.DeleteImpact;
import org.talkstracker.web.FormSaving;
import org.talkstracker.web.FormSubmissions;
import org.talkstracker.web.FormSubmissions.Submitted;

/** Editors add, edit and delete the sources facts cite. */
@Controller
@RequestMapping("/admin/sources")
class SourceAdminController {

	private static final Map<String, String> CONSTRAINTS = Map.of("source_slug_key", "slug", "source_url_check",
			"url");

	private final SourceEditor editor;

	private final FormSubmissions submissions;

	SourceAdminController(SourceEditor editor, FormSubmissions submissions) {
		this.editor = editor;
		this.submissions = submissions;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("sources", this.editor.all());
		return "source/admin/list";
	}

	@GetMapping("/new")
	String addForm(Model model) {
		model.addAttribute("form", SourceForm.blank());
		return form(model, null);
	}

	@PostMapping("/new")
	String add(@Valid @ModelAttribute("form") SourceForm bound, BindingResult binding, WebRequest request, Model model,
			RedirectAttributes redirect) {
		Submitted<SourceForm> submitted = this.submissions.read(SourceForm.class, bound, binding, request, model);
		if (FormSaving.saved(submitted.result(), CONSTRAINTS, () -> this.editor.add(submitted.form()))) {
			redirect.addFlashAttribute("notice", "admin.saved");
			return "redirect:/admin/sources";
		}
		return form(model, null);
	}

	@GetMapping("/{slug}/edit")
	String editForm(@PathVariable String slug, Model model) {
		model.addAttribute("form", this.editor.form(slug));
		return form(model, slug);
	}

	@PostMapping("/{slug}/edit")
	String edit(@PathVariable String slug, @Valid @ModelAttribute("form") SourceForm bound, BindingResult binding,
			WebRequest request, Model model, RedirectAttributes redirect) {
		Submitted<SourceForm> submitted = this.submissions.read(SourceForm.class, bound, binding, request, model);
		if (FormSaving.saved(submitted.result(), CONSTRAINTS, () -> this.editor.update(slug, submitted.form()))) {
			redirect.addFlashAttribute("notice", "admin.saved");
			return "redirect:/admin/sources";
		}
		return form(model, slug);
	}

	@GetMapping("/{slug}/delete")
	String confirmDelete(@PathVariable String slug, Model model) {
		return deletePage(model, slug, this.editor.impactOfDeleting(slug));
	}

	@PostMapping("/{slug}/delete")
	String delete(@PathVariable String slug, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		DeleteImpact impact = this.editor.delete(slug);
		if (impact.refused()) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return deletePage(model, slug, impact);
		}
		redirect.addFlashAttribute("notice", "admin.deleted");
		return "redirect:/admin/sources";
	}

	private static String deletePage(Model model, String slug, DeleteImpact impact) {
		return DeleteConfirmation.page(model, impact, "source", slug, "/admin/sources/" + slug,
				"/admin/sources/" + slug + "/edit");
	}

	private String form(Model model, String slug) {
		model.addAttribute("slug", slug);
		model.addAttribute("kinds", SourceKind.values());
		return "source/admin/form";
	}

}
