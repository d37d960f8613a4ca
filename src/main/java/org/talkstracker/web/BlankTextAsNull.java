package org.talkstracker.web;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * The one place where an editing form's text left blank becomes empty ({@code null}),
 * never {@code ''}: a browser sends an empty text box as {@code ''}, and stored so it
 * would print an empty "Response:" line on the pages and exports, and differ from the
 * data file, which leaves it out. Text that is given is kept as typed (a password's
 * spaces are part of it). Every editing form is bound as the model attribute
 * {@code form}; the schema refuses blank text (V16).
 */
@ControllerAdvice
class BlankTextAsNull {

	@InitBinder("form")
	void blankTextIsEmpty(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				setValue((text == null || text.isBlank()) ? null : text);
			}

		});
	}

}
