package org.talkstracker.approval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.talkstracker.account.EditorNames;
import org.talkstracker.editing.EditingForm;
import org.talkstracker.editing.FieldRefusedException;
import org.talkstracker.web.ReadersWords;

/**
 * What waits for a second editor under the two-person rule: the list, one request with
 * its field-by-field difference, and approving or refusing it.
 */
@Controller
@RequestMapping("/admin/approvals")
class ApprovalAdminController {

	private final Approvals approvals;

	private final ReadersWords words;

	private final EditorNames editors;

	private final MessageSource messages;

	ApprovalAdminController(Approvals approvals, ReadersWords words, EditorNames editors, MessageSource messages) {
		this.approvals = approvals;
		this.words = words;
		this.editors = editors;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("requests", this.approvals.all());
		return "approval/admin/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model, Locale locale) {
		Approvals.Proposal proposal = this.approvals.proposal(id);
		model.addAttribute("request", proposal.request());
		model.addAttribute("author", this.editors.displayName(proposal.request().getAuthor()));
		model.addAttribute("own", this.editors.username().map(proposal.request().getAuthor()::equals).orElse(false));
		model.addAttribute("labels", proposal.labels());
		model.addAttribute("fields", rows(proposal));
		model.addAttribute("changes",
				proposal.changes().stream().map((change) -> change.render(this.messages, locale)).toList());
		model.addAttribute("refusal", proposal.problem());
		return "approval/admin/show";
	}

	@PostMapping("/{id}/approve")
	String approve(@PathVariable long id, RedirectAttributes redirect) {
		Approvals.Proposal proposal = this.approvals.proposal(id);
		try {
			this.approvals.approve(id);
		}
		catch (RuntimeException ex) {
			FieldRefusedException problem = Approvals.problem(ex);
			redirect.addFlashAttribute("problem", problem.getMessageKey());
			return "redirect:/admin/approvals/" + id;
		}
		redirect.addFlashAttribute("notice", "approval.approved");
		return "redirect:/admin/rounds/" + proposal.request().getRound().getSlug();
	}

	@PostMapping("/{id}/refuse")
	String refuse(@PathVariable long id, RedirectAttributes redirect) {
		this.approvals.refuse(id);
		redirect.addFlashAttribute("notice", "approval.refused");
		return "redirect:/admin/approvals";
	}

	/**
	 * Each field of a proposed form: stored now beside proposed, in readers' words; only
	 * proposed for a record not made yet, only stored for a deletion.
	 */
	private List<Row> rows(Approvals.Proposal proposal) {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < Math.max(proposal.stored().size(), proposal.proposed().size()); i++) {
			EditingForm.Field stored = (i < proposal.stored().size()) ? proposal.stored().get(i) : null;
			EditingForm.Field proposed = (i < proposal.proposed().size()) ? proposal.proposed().get(i) : null;
			String before = (stored != null) ? this.words.of(stored) : "";
			String after = (proposed != null) ? this.words.of(proposed) : "";
			rows.add(new Row((stored != null) ? stored.name() : proposed.name(), before, after,
					!Objects.equals(before, after)));
		}
		return rows;
	}

	/**
	 * One field: its name, what is stored now and what is proposed, and whether they
	 * differ.
	 */
	record Row(String name, String stored, String proposed, boolean differs) {
	}

}
