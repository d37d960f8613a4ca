package org.talkstracker.people;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.RequestMapping;
import org.talkstracker.web.FormSubmissions;
import org.talkstracker.web.SharedRecordAdminController;

/** Editors add, edit and delete people, with the other spellings of their names. */
@Controller
@RequestMapping("/admin/people")
class PersonAdminController extends SharedRecordAdminController<PersonForm> {

	static final Map<String, String> CONSTRAINTS = Map.of("person_slug_unique", "slug", "person_original_name_given",
			"nameOriginal", "person_wikidata_id_unique", "wikidataId", "person_wikidata_id_format", "wikidataId");

	private final PersonEditor editor;

	PersonAdminController(PersonEditor editor, FormSubmissions submissions) {
		super(editor, submissions, "/admin/people", "person", CONSTRAINTS);
		this.editor = editor;
	}

	@Override
	protected String listPage(Model model) {
		model.addAttribute("people", this.editor.all());
		return "people/admin/list";
	}

	@Override
	protected PersonForm blankForm() {
		return PersonForm.blank();
	}

	@Override
	protected String formPage(Model model) {
		return "people/admin/form";
	}

	/**
	 * Each spelling is kept in a column of its own length; the form takes them all in one
	 * box.
	 */
	@Override
	protected void check(PersonForm form, BindingResult result) {
		if (form.hasOverlongSpelling()) {
			result.rejectValue("aliases", "admin.person.aliasTooLong", new Object[] { PersonForm.LONGEST_ALIAS }, null);
		}
	}

}
