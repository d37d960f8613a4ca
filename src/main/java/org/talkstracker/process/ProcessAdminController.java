package org.talkstracker.process;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.talkstracker.web.FormSubmissions;
import org.talkstracker.web.SharedRecordAdminController;

/** Editors add, edit and delete peace processes and choose the parties involved. */
@Controller
@RequestMapping("/admin/processes")
class ProcessAdminController extends SharedRecordAdminController<ProcessForm> {

	private static final Map<String, String> CONSTRAINTS = Map.of("process_slug_unique", "slug",
			"process_original_name_given", "nameOriginal", "process_wikidata_id_unique", "wikidataId",
			"process_wikidata_id_format", "wikidataId", "process_ucdp_conflict_id_positive", "ucdpConflictId",
			"process_pax_process_id_positive", "paxProcessId");

	private final ProcessEditor editor;

	ProcessAdminController(ProcessEditor editor, FormSubmissions submissions) {
		super(editor, submissions, "/admin/processes", "process", CONSTRAINTS);
		this.editor = editor;
	}

	@Override
	protected String listPage(Model model) {
		model.addAttribute("processes", this.editor.all());
		return "process/admin/list";
	}

	@Override
	protected ProcessForm blankForm() {
		return ProcessForm.blank();
	}

	@Override
	protected String formPage(Model model) {
		return "process/admin/form";
	}

}
