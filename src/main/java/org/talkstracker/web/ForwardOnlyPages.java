package org.talkstracker.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The error controller and the 503 page show what happened to another request, which the
 * servlet container or {@link DatabaseOutageFilter} sends them. Asked for directly, at
 * {@code /error} or {@code /unavailable}, they have nothing to show, so those addresses
 * are pages not found rather than a 500 or a false "database away".
 */
class ForwardOnlyPages implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (request.getDispatcherType() == DispatcherType.REQUEST && handler instanceof HandlerMethod method
				&& (ErrorController.class.isAssignableFrom(method.getBeanType())
						|| method.getBeanType() == UnavailablePage.class)) {
			throw new NotFoundException("Asked directly for " + request.getRequestURI());
		}
		return true;
	}

}
