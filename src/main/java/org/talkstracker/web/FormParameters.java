package org.talkstracker.web;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.talkstracker.editing.EditingForm;

/**
 * An editing form's values as the request parameters that bind them again, written by the
 * converters and formats the form is bound with ({@code @DateTimeFormat} on its fields).
 * Every editing form carries, besides its fields, the values it was opened with, as
 * hidden parameters {@code opened.<field>}: when someone else saves first, the conflict
 * page tells the fields the editor changed from the fields the other editor changed.
 */
@Component
public class FormParameters {

	/** The prefix of the parameters carrying the values a form was opened with. */
	static final String OPENED = "opened.";

	private final ConversionService conversions;

	FormParameters(@Qualifier("mvcConversionService") ConversionService conversions) {
		this.conversions = conversions;
	}

	/** One request parameter. */
	public record Parameter(String name, String value) {
	}

	/**
	 * The hidden parameters saying what a form was opened with: as sent with it when it
	 * is shown again after a refusal, else the form's own values.
	 */
	public List<Parameter> opened(Object form) {
		if (!(form instanceof EditingForm editing)) {
			return List.of();
		}
		HttpServletRequest request = currentRequest();
		boolean sent = request != null && openedWith(request);
		List<Parameter> parameters = new ArrayList<>();
		for (EditingForm.Field field : editing.fields()) {
			List<String> values = sent ? opened(request, field.name()) : values(editing, field);
			(values.isEmpty() ? List.of("") : values)
				.forEach((value) -> parameters.add(new Parameter(OPENED + field.name(), value)));
		}
		return parameters;
	}

	/** Whether the request carries the values its form was opened with. */
	static boolean openedWith(HttpServletRequest request) {
		return request.getParameterMap().keySet().stream().anyMatch((name) -> name.startsWith(OPENED));
	}

	/** The values a field had when the form was opened, as the request carries them. */
	static List<String> opened(HttpServletRequest request, String field) {
		String[] values = request.getParameterValues(OPENED + field);
		return (values != null) ? normalized(Arrays.asList(values)) : List.of();
	}

	/** The parameter values that bind a field of the form to its value again. */
	List<String> values(EditingForm form, EditingForm.Field field) {
		Object value = field.value();
		if (value == null) {
			return List.of();
		}
		TypeDescriptor type = typeOf(form, field.name());
		List<String> values = new ArrayList<>();
		if (value instanceof Collection<?> elements) {
			TypeDescriptor elementType = (type != null) ? type.getElementTypeDescriptor() : null;
			elements.forEach((element) -> values.add(text(element, elementType)));
		}
		else {
			values.add(text(value, type));
		}
		return normalized(values);
	}

	private String text(Object value, TypeDescriptor type) {
		if (value == null) {
			return "";
		}
		TypeDescriptor source = (type != null) ? type : TypeDescriptor.forObject(value);
		return String.valueOf(this.conversions.convert(value, source, TypeDescriptor.valueOf(String.class)));
	}

	private static TypeDescriptor typeOf(EditingForm form, String name) {
		try {
			Field field = form.getClass().getDeclaredField(name);
			return new TypeDescriptor(field);
		}
		catch (NoSuchFieldException ex) {
			return null;
		}
	}

	/**
	 * Values as compared: what a browser leaves out or sends empty is no value, and a
	 * line ends the same whichever way it was sent.
	 */
	static List<String> normalized(List<String> values) {
		return values.stream().filter((value) -> !value.isBlank()).map((value) -> value.replace("\r\n", "\n")).toList();
	}

	private static HttpServletRequest currentRequest() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest() : null;
	}

}
