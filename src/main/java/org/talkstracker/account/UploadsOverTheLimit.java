package org.talkstracker.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * A form's CSRF token travels in its body, never in an address. An upload over the
 * multipart limit cannot be parsed, so its token cannot be read either: the editor is
 * then told that the file is too large (the 413 page) rather than that the form looks
 * forged. Nothing in such a request is acted on either way; every other refusal is the
 * usual 403.
 */
class UploadsOverTheLimit implements AccessDeniedHandler {

	private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

	private final StandardServletMultipartResolver multipart = new StandardServletMultipartResolver();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
			throws IOException, ServletException {
		if (refusal instanceof CsrfException && this.multipart.isMultipart(request) && overTheLimit(request)) {
			response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
			return;
		}
		this.otherwise.handle(request, response, refusal);
	}

	private boolean overTheLimit(HttpServletRequest request) {
		try {
			this.multipart.resolveMultipart(request);
			return false;
		}
		catch (MaxUploadSizeExceededException ex) {
			return true;
		}
		catch (MultipartException ex) {
			return false;
		}
	}

}
