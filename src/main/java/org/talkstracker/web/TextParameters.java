package org.talkstracker.web;

import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Refuses, before any controller runs or any download sends a byte, a request whose
 * parameters or path variables are not text a page can use: a NUL character (PostgreSQL
 * stores none, and no name, slug or search holds one), or bytes the servlet container
 * could not decode as UTF-8. The {@link BadRequestException} becomes the site's 400 page,
 * or a problem detail under the API.
 */
class TextParameters implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (request.getDispatcherType() != DispatcherType.REQUEST) {
			return true;
		}
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (IllegalStateException ex) {
			// Tomcat decodes the parameters when they are first read, and refuses bytes
			// that are not UTF-8 then.
			throw new BadRequestException("Parameters that could not be read: " + ex.getMessage());
		}
		parameters.forEach((name, values) -> {
			requireText("A parameter name", name);
			for (String value : values) {
				requireText("The parameter " + name, value);
			}
		});
		if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
			variables.forEach((name, value) -> requireText("The path's " + name, String.valueOf(value)));
		}
		return true;
	}

	private static void requireText(String what, String text) {
		if (text.indexOf('\0') >= 0) {
			throw new BadRequestException(what.replace('\0', '?') + " holds a NUL character");
		}
	}

}
