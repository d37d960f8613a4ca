package org.talkstracker.opendata;

import jakarta.validation.Valid;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators cut releases of the data set here ({@code /admin/data/**} is theirs
 * alone); each is then public at {@code /data/releases/{version}}.
 */
@Controller
@RequestMapping("/admin/data/releases")
class DataSetReleaseAdminController {

	private final DataSetReleasing releasing;

	private final DataSetReleases releases;

	DataSetReleaseAdminController(DataSetReleasing releasing, DataSetReleases releases) {
		this.releasing = releasing;
		this.releases = releases;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", DataSetReleaseForm.empty());
		return page(model);
	}

	@PostMapping
	String cut(@Valid @ModelAttribute("form") DataSetReleaseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(model);
		}
		try {
			DataSetRelease release = this.releasing.cut(form.note());
			redirect.addFlashAttribute("notice", "admin.dataReleases.cut.done");
			return "redirect:/data/releases/" + release.version();
		}
		catch (DuplicateKeyException ex) {
			// Another administrator cut the same number meanwhile.
			result.reject("constraint.data_set_release_version_unique");
			return page(model);
		}
	}

	private String page(Model model) {
		model.addAttribute("releases", this.releases.all());
		model.addAttribute("next", this.releasing.nextVersion());
		return "opendata/admin/releases";
	}

}
