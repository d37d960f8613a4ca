package org.talkstracker.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
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

	private final ConversionService conversions;

	FormSubmissions(@Qualifier("mvcValidator") Validator validator,
			@Qualifier("mvcConversionService") ConversionService conversions) {
		this.validator = validator;
		this.conversions = conversions;
	}

	/** The errors of the submitted form, with the form behind them, both in the model. */
	public BindingResult withForm(Object form, BindingResult result, Model model) {
		if (result.getTarget() != null) {
			return result;
		}
		BindingResult withForm = validated(form, result);
		model.addAttribute(result.getObjectName(), form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + result.getObjectName(), withForm);
		return withForm;
	}

	/**
	 * A form record bound from these values as a request's parameters bind it (the same
	 * converters and formats) and validated as a submitted form is, for a form sent
	 * inside another (a picker's new record, {@code PickerAdditions}): its errors, with
	 * the form behind them. A value that cannot be converted leaves its field empty, with
	 * its error.
	 */
	public BindingResult bound(Class<?> type, Map<String, String> values, String name) {
		BindingResult conversion = construct(type, values, name);
		if (conversion.getTarget() != null) {
			this.validator.validate(conversion.getTarget(), conversion);
			return conversion;
		}
		Map<String, String> convertible = new HashMap<>(values);
		conversion.getFieldErrors().forEach((error) -> convertible.remove(error.getField()));
		BindingResult retried = construct(type, convertible, name);
		return validated(retried.getTarget(), conversion);
	}

	private BindingResult construct(Class<?> type, Map<String, String> values, String name) {
		DataBinder binder = new DataBinder(null, name);
		binder.setTargetType(ResolvableType.forClass(type));
		binder.setConversionService(this.conversions);
		binder.construct(new DataBinder.ValueResolver() {

			@Override
			public Object resolveValue(String field, Class<?> fieldType) {
				return values.get(field);
			}

			@Override
			public Set<String> getNames() {
				return values.keySet();
			}

		});
		return binder.getBindingResult();
	}

	/** The errors of a conversion, and then of validation, with the form behind them. */
	private BindingResult validated(Object form, BindingResult result) {
		BindingResult withForm = new BeanPropertyBindingResult(form, result.getObjectName());
		withForm.addAllErrors(result);
		BindingResult validation = new BeanPropertyBindingResult(form, result.getObjectName());
		this.validator.validate(form, validation);
		validation.getAllErrors().forEach((error) -> {
			if (!(error instanceof FieldError field) || !withForm.hasFieldErrors(field.getField())) {
				withForm.addError(error);
			}
		});
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
