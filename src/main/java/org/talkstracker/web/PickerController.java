package org.talkstracker.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a picker finds as the editor types, and the new record its add part adds
 * ({@code js/picker.js}), as JSON. Without the script, the form's own find and add
 * buttons do the same ({@link FormSaving}, {@link PickerAdditions}).
 */
@RestController
class PickerController {

	private final Pickers pickers;

	private final MessageSource messages;

	PickerController(Pickers pickers, MessageSource messages) {
		this.pickers = pickers;
		this.messages = messages;
	}

	@GetMapping("/admin/pickers/{kind}")
	List<Choice> found(@PathVariable String kind, @RequestParam(name = "q", defaultValue = "") String search) {
		return this.pickers.found(kind, search);
	}

	/**
	 * Adds the record typed in a picker's add part (its fields by the names of the
	 * record's form, {@code publisher}, {@code title}), or takes the stored one they
	 * name: the record to choose, with a notice when it was there already; or, with 422,
	 * what was refused, by field ({@code ""} for the record as a whole), nothing written.
	 */
	@PostMapping("/admin/pickers/{kind}")
	ResponseEntity<Added> add(@PathVariable String kind, @RequestParam Map<String, String> typed) {
		Map<String, String> fields = new LinkedHashMap<>(typed);
		fields.remove("_csrf");
		NewPick pick = this.pickers.add(kind, fields);
		if (pick.isRefused()) {
			Map<String, String> errors = new LinkedHashMap<>();
			pick.errors()
				.getAllErrors()
				.forEach((error) -> errors.putIfAbsent((error instanceof FieldError field) ? field.getField() : "",
						this.messages.getMessage(error, LocaleContextHolder.getLocale())));
			return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(new Added(null, null, null, errors));
		}
		String notice = this.messages.getMessage(pick.notice(), pick.noticeArguments(),
				LocaleContextHolder.getLocale());
		return ResponseEntity.ok(new Added(pick.chosen().value(), pick.chosen().label(), notice, Map.of()));
	}

	/** The JSON a picker's script is answered with. */
	record Added(String value, String label, String notice, Map<String, String> errors) {
	}

}
