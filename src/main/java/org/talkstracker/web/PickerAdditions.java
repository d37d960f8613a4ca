package org.talkstracker.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A picker's "add a new one" part without a script ({@code fragments/admin :: newPick}):
 * its Add button sends the whole form of the fact, with {@code add=<field>}, the kind of
 * record in {@code new-<field>} and the new record's few fields as
 * {@code new-<field>.<name>} (names no form record binds). Before the form's own
 * controller sees the request, the new record is validated and saved as a record of its
 * own (a shared source, person or party, not part of the fact), or the stored one the
 * typed values name is taken; the form then arrives with that record chosen in the field,
 * and, as with the picker's find button, is shown again as typed and not saved
 * ({@link FormSaving}). What was refused is shown beside the new record's fields
 * ({@link #ADDED}), nothing written. The filter runs after Spring Security's, so the
 * request is an editor's and its CSRF token was checked.
 */
@Component
class PickerAdditions extends OncePerRequestFilter {

	/** The request attribute holding what the add part did ({@link NewPick}). */
	static final String ADDED = "pickerAddition";

	/** The request attribute holding the field whose add part was used. */
	static final String FIELD = "pickerAdditionField";

	/** The prefix of the new record's parameters. */
	static final String NEW = "new-";

	/** Sent when the field chooses several records: the new one is added to them. */
	static final String MANY = ".many";

	private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,60}");

	/**
	 * Looked up at the first addition: the servlet container creates its filters before
	 * the application's other beans, and the pickers need the repositories, whose
	 * persistence unit is still being built then.
	 */
	private final ObjectProvider<Pickers> pickers;

	PickerAdditions(ObjectProvider<Pickers> pickers) {
		this.pickers = pickers;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod())
				|| !request.getRequestURI().startsWith(request.getContextPath() + "/admin/") || isUpload(request)
				|| request.getParameter(Pickers.ADD) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String field = request.getParameter(Pickers.ADD);
		String kind = request.getParameter(NEW + field);
		Pickers pickers = this.pickers.getObject();
		if (!FIELD_NAME.matcher(field).matches() || kind == null || !pickers.knows(kind)) {
			chain.doFilter(request, response);
			return;
		}
		NewPick pick = pickers.add(kind, typed(request, NEW + field + "."));
		request.setAttribute(ADDED, pick);
		request.setAttribute(FIELD, field);
		if (pick.isRefused()) {
			chain.doFilter(request, response);
			return;
		}
		boolean many = request.getParameter(NEW + field + MANY) != null;
		String[] chosen = many ? Stream
			.concat(Arrays.stream(valuesOrNone(request.getParameterValues(field))), Stream.of(pick.chosen().value()))
			.distinct()
			.toArray(String[]::new) : new String[] { pick.chosen().value() };
		chain.doFilter(new Chosen(request, field, chosen), response);
	}

	/** The new record's values, by the name of its form's field. */
	private static Map<String, String> typed(HttpServletRequest request, String prefix) {
		Map<String, String> typed = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (name.startsWith(prefix) && values.length > 0) {
				typed.put(name.substring(prefix.length()), values[0]);
			}
		});
		return typed;
	}

	private static String[] valuesOrNone(String[] values) {
		return (values != null) ? values : new String[0];
	}

	/**
	 * A file's upload, never a form with a picker: its parts are left for its controller
	 * to read.
	 */
	private static boolean isUpload(HttpServletRequest request) {
		return request.getContentType() != null && request.getContentType().toLowerCase().startsWith("multipart/");
	}

	/** The request as sent, with the new record chosen in the field. */
	private static final class Chosen extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters;

		Chosen(HttpServletRequest request, String field, String[] chosen) {
			super(request);
			Map<String, String[]> parameters = new LinkedHashMap<>(request.getParameterMap());
			parameters.put(field, chosen);
			this.parameters = Collections.unmodifiableMap(parameters);
		}

		@Override
		public String getParameter(String name) {
			String[] values = this.parameters.get(name);
			return (values != null && values.length > 0) ? values[0] : null;
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = this.parameters.get(name);
			return (values != null) ? values.clone() : null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return this.parameters;
		}

		@Override
		public java.util.Enumeration<String> getParameterNames() {
			return Collections.enumeration(this.parameters.keySet());
		}

	}

}
