package org.talkstracker.web;

import java.util.List;
import java.util.function.Predicate;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;

/**
 * Keeps every typed value of a rejected form, with every message beside its field. When a
 * field cannot be converted ("three" for a number), Spring still constructs the form
 * record, with that field empty, and records the error; but it then validates nothing,
 * and the binding result it hands over has no form behind it, so nothing more can be
 * rejected on it and the model holds no form to show again. This puts the form behind the
 * errors and validates it.
 */
@Component
public class FormSubmissions {

	private final Validator validator;

	FormSubmissions(@Qualifier("mvcValidator") Validator validator) {
		this.validator = validator;
	}

	/** The errors of the submitted form, with the form behind them, both in the model. */
	public BindingResult withForm(Object form, BindingResult result, Model model) {
		if (result.getTarget() != null) {
			return result;
		}
		BindingResult withForm = new BeanPropertyBindingResult(form, result.getObjectName());
		withForm.addAllErrors(result);
		BindingResult validation = new BeanPropertyBindingResult(form, result.getObjectName());
		this.validator.validate(form, validation);
		validation.getAllErrors().forEach((error) -> {
			if (!(error instanceof FieldError field) || !withForm.hasFieldErrors(field.getField())) {
				withForm.addError(error);
			}
		});
		model.addAttribute(result.getObjectName(), form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + result.getObjectName(), withForm);
		return withForm;
	}

	/**
	 * Validates each row an editor filled in of a form that adds several records at once,
	 * its errors beside the row's own fields ({@code proposals[2].title}); rows left
	 * blank are not validated, as they are not saved.
	 */
	public <R> void validateRows(BindingResult result, String property, List<R> rows, Predicate<R> filledIn) {
		for (int i = 0; i < rows.size(); i++) {
			R row = rows.get(i);
			if (row != null && filledIn.test(row)) {
				result.pushNestedPath(property + "[" + i + "]");
				this.validator.validate(row, result);
				result.popNestedPath();
			}
		}
	}

}
