package org.talkstracker.process;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.talkstracker.web.FormSubmissions;
import org.talkstracker.web.SharedRecordAdminController;

/** Editors add, edit and delete the parties: states, organisations and armed groups. */
@Controller
@RequestMapping("/admin/parties")
class PartyAdminController extends SharedRecordAdminController<PartyForm> {

	static final Map<String, String> CONSTRAINTS = Map.of("party_slug_unique", "slug", "party_original_name_given",
			"nameOriginal", "party_wikidata_id_unique", "wikidataId", "party_wikidata_id_format", "wikidataId",
			"party_ucdp_actor_id_unique", "ucdpActorId", "party_ucdp_actor_id_positive", "ucdpActorId");

	private final PartyEditor editor;

	PartyAdminController(PartyEditor editor, FormSubmissions submissions) {
		super(editor, submissions, "/admin/parties", "party", CONSTRAINTS);
		this.editor = editor;
	}

	@Override
	protected String listPage(Model model) {
		model.addAttribute("parties", this.editor.all());
		return "process/admin/parties";
	}

	@Override
	protected PartyForm blankForm() {
		return PartyForm.blank();
	}

	@Override
	protected String formPage(Model model) {
		model.addAttribute("kinds", PartyKind.values());
		return "process/admin/party";
	}

}
