package org.talkstracker.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;
import org.springframework.web.context.request.WebRequest;

/**
 * Keeps every typed value of a rejected form. Spring does not construct a form record when one
 * of its fields cannot be converted ("three" for a number), which would leave nothing to show
 * again; this builds the record from the fields that did convert, validates it, and carries the
 * conversion errors over, so the form is shown again as typed with every message beside its field.
 */
@Component
public class FormSubmissions {

	private final ConversionService conversion;

	private final Validator validator;

	FormSubmissions(@Qualifier("mvcConversionService") ConversionService conversion,
			@Qualifier("mvcValidator") Validator validator) {
		this.conversion = conversion;
		this.validator = validator;
	}

	/** The submitted form and its errors, rebuilt when binding left the errors without their form. */
	public <T extends Record> Submitted<T> read(Class<T> type, T bound, BindingResult result, WebRequest request,
			Model model) {
		if (result.getTarget() != null) {
			return new Submitted<>(bound, result);
		}
		T form = (bound != null) ? bound : construct(type, result, request);
		BindingResult rebuilt = new BeanPropertyBindingResult(form, result.getObjectName());
		rebuilt.addAllErrors(result);
		BindingResult validation = new BeanPropertyBindingResult(form, result.getObjectName());
		this.validator.validate(form, validation);
		validation.getAllErrors().forEach((error) -> {
			if (!(error instanceof FieldError field) || !rebuilt.hasFieldErrors(field.getField())) {
				rebuilt.addError(error);
			}
		});
		model.addAttribute(result.getObjectName(), form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + result.getObjectName(), rebuilt);
		return new Submitted<>(form, rebuilt);
	}

	private <T extends Record> T construct(Class<T> type, BindingResult result, WebRequest request) {
		RecordComponent[] components = type.getRecordComponents();
		Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
		try {
			Constructor<T> constructor = type.getDeclaredConstructor(types);
			Object[] values = new Object[components.length];
			for (int i = 0; i < components.length; i++) {
				String name = components[i].getName();
				values[i] = result.hasFieldErrors(name) ? null
						: convert(request.getParameterValues(name), new MethodParameter(constructor, i));
			}
			return BeanUtils.instantiateClass(constructor, values);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(type + " is a record and has a canonical constructor", ex);
		}
	}

	private Object convert(String[] raw, MethodParameter parameter) {
		if (raw == null) {
			return null;
		}
		TypeDescriptor target = new TypeDescriptor(parameter);
		if (Collection.class.isAssignableFrom(parameter.getParameterType()) || parameter.getParameterType().isArray()) {
			return this.conversion.convert(raw, TypeDescriptor.valueOf(String[].class), target);
		}
		return this.conversion.convert(raw[0], TypeDescriptor.valueOf(String.class), target);
	}

	public record Submitted<T>(T form, BindingResult result) {
	}

}
