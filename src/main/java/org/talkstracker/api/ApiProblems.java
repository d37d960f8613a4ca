package org.talkstracker.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.talkstracker.web.BadRequestException;
import org.talkstracker.web.GoneException;
import org.talkstracker.web.NotFoundException;

/**
 * The API's errors as RFC 9457 problem details rather than the site's error pages:
 * unknown or draft records are 404, withdrawn rounds 410 with their reason, bad
 * parameters 400 (Spring's own handling of type mismatches, failed validation and missing
 * parameters), anything else a logged 500 that says nothing internal.
 */
@RestControllerAdvice(assignableTypes = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ApiProblems.class);

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	/** A withdrawn round: the public reason as the detail, with the date. */
	@ExceptionHandler(GoneException.class)
	ProblemDetail gone(GoneException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, ex.getReason());
		problem.setTitle("Withdrawn");
		problem.setProperty("withdrawnOn", ex.getWithdrawnOn().toString());
		return problem;
	}

	@ExceptionHandler(BadRequestException.class)
	ProblemDetail badRequest(BadRequestException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(RuntimeException.class)
	ProblemDetail failed(RuntimeException ex) {
		logger.error("API request failed", ex);
		return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"The request could not be answered; please try again later.");
	}

}
