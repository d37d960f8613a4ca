package org.talkstracker.timeline;

import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.talkstracker.editing.DeleteImpact;
import org.talkstracker.process.PartyCatalogue;
import org.talkstracker.source.DatePrecision;
import org.talkstracker.web.DeleteConfirmation;
import org.talkstracker.web.FormSaving;
import org.talkstracker.web.FormSubmissions;

/**
 * Editors add, edit and delete context events: what happened outside the talks that bears
 * on them.
 */
@Controller
@RequestMapping("/admin/context-events")
class ContextEventAdminController {

	private static final Map<String, String> CONSTRAINTS = Map.of("context_event_slug_unique_in_process", "slug",
			"context_event_announced_not_before_occurring", "announcedOn");

	private final ContextEventEditor editor;

	private final PartyCatalogue processes;

	private final FormSubmissions submissions;

	ContextEventAdminController(ContextEventEditor editor, PartyCatalogue processes, FormSubmissions submissions) {
		this.editor = editor;
		this.processes = processes;
		this.submissions = submissions;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("events", this.editor.all());
		return "timeline/admin/list";
	}

	@GetMapping("/new")
	String addForm(@RequestParam(required = false) String process, Model model) {
		model.addAttribute("form", ContextEventForm.blank(process));
		return form(model, null, null);
	}

	@PostMapping("/new")
	String add(@Valid @ModelAttribute("form") ContextEventForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		return FormSaving.savedOrShownAgain(result, CONSTRAINTS, () -> this.editor.add(form), redirect,
				"/admin/context-events", () -> form(model, null, null));
	}

	@GetMapping("/{process}/{slug}/edit")
	String editForm(@PathVariable String process, @PathVariable String slug, Model model) {
		model.addAttribute("form", this.editor.form(process, slug));
		return form(model, process, slug);
	}

	@PostMapping("/{process}/{slug}/edit")
	String edit(@PathVariable String process, @PathVariable String slug,
			@Valid @ModelAttribute("form") ContextEventForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		return FormSaving.savedOrShownAgain(result, CONSTRAINTS, () -> this.editor.update(process, slug, form),
				redirect, "/admin/context-events", () -> form(model, process, slug));
	}

	@GetMapping("/{process}/{slug}/delete")
	String confirmDelete(@PathVariable String process, @PathVariable String slug, Model model) {
		this.editor.form(process, slug);
		String path = "/admin/context-events/" + process + "/" + slug;
		return DeleteConfirmation.page(model, DeleteImpact.NONE, "context_event", slug, path, path + "/edit");
	}

	@PostMapping("/{process}/{slug}/delete")
	String delete(@PathVariable String process, @PathVariable String slug, RedirectAttributes redirect) {
		this.editor.delete(process, slug);
		return DeleteConfirmation.deleted(redirect, "/admin/context-events");
	}

	private String form(Model model, String process, String slug) {
		model.addAttribute("process", process);
		model.addAttribute("slug", slug);
		model.addAttribute("processes", this.processes.processes());
		model.addAttribute("precisions", DatePrecision.values());
		return "timeline/admin/form";
	}

}
