package org.talkstracker.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a picker finds as the editor types ({@code js/picker.js}): the records of a kind
 * found by a search, as JSON. Without the script, the form's own find button shows the
 * same.
 */
@RestController
class PickerController {

	private final Pickers pickers;

	PickerController(Pickers pickers) {
		this.pickers = pickers;
	}

	@GetMapping("/admin/pickers/{kind}")
	List<Choice> found(@PathVariable String kind, @RequestParam(name = "q", defaultValue = "") String search) {
		return this.pickers.found(kind, search);
	}

}
