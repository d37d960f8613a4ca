package org.talkstracker.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.talkstracker.editing.EditConflictException;
import org.talkstracker.editing.FieldRefusedException;
import org.talkstracker.editing.ProposedForApprovalException;

/**
 * Turns what readers can get wrong (an unknown slug, a page number that is not one) and
 * what editors can run into (a record changed by someone else) into pages in the site's
 * layout, never a stack trace.
 */
@ControllerAdvice
class ErrorPages {

	private static final Logger logger = LoggerFactory.getLogger(ErrorPages.class);

	private final DatabaseUnavailable databaseUnavailable;

	private final ConflictPage conflicts;

	ErrorPages(DatabaseUnavailable databaseUnavailable, ConflictPage conflicts) {
		this.databaseUnavailable = databaseUnavailable;
		this.conflicts = conflicts;
	}

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(NotFoundException ex) {
		logger.debug("Not found: {}", ex.getMessage());
		return "error/404";
	}

	/** A withdrawn record: when and why, as the editors said it publicly. */
	@ExceptionHandler(GoneException.class)
	@ResponseStatus(HttpStatus.GONE)
	String gone(GoneException ex, Model model) {
		logger.debug("Gone: {}", ex.getMessage());
		model.addAttribute("withdrawnOn", ex.getWithdrawnOn());
		model.addAttribute("reason", ex.getReason());
		return "error/410";
	}

	/**
	 * A parameter that is not of its kind, named with the value sent and, for a choice,
	 * the values it takes.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String mismatch(MethodArgumentTypeMismatchException ex, Model model) {
		logger.debug("Bad request: {}", ex.getMessage());
		describe(model, ex.getName(), ex.getValue(), ex.getRequiredType());
		return "error/400";
	}

	/**
	 * Parameters bound to a record ({@code @ModelAttribute}) that it cannot take: the
	 * first one not of its kind is named as {@link #mismatch} names it.
	 */
	@ExceptionHandler(MethodArgumentNotValidException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String unbound(MethodArgumentNotValidException ex, Model model) {
		logger.debug("Bad request: {}", ex.getMessage());
		ex.getFieldErrors()
			.stream()
			.filter((error) -> error.contains(TypeMismatchException.class))
			.findFirst()
			.ifPresent((error) -> describe(model, error.getField(), error.getRejectedValue(),
					error.unwrap(TypeMismatchException.class).getRequiredType()));
		return "error/400";
	}

	private static void describe(Model model, String parameter, Object value, Class<?> type) {
		model.addAttribute("parameter", parameter);
		model.addAttribute("value", String.valueOf(value));
		if (type != null && type.isEnum()) {
			model.addAttribute("choices",
					Arrays.stream(type.getEnumConstants())
						.map((constant) -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT))
						.collect(Collectors.joining(", ")));
		}
	}

	@ExceptionHandler({ BadRequestException.class, HandlerMethodValidationException.class,
			MissingServletRequestParameterException.class })
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badRequest(Exception ex) {
		logger.debug("Bad request: {}", ex.getMessage());
		return "error/400";
	}

	/**
	 * The database is away (a connection could not be had, or broke): say so and when to
	 * try again, rather than hang or show a stack trace. Anything else goes on to the 5xx
	 * page.
	 */
	@ExceptionHandler(RuntimeException.class)
	String unavailable(RuntimeException ex, HttpServletResponse response) {
		if (!this.databaseUnavailable.explains(ex)) {
			throw ex;
		}
		logger.warn("Database unavailable: {}", ex.getMessage());
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, "30");
		return "error/503";
	}

	/** Too many downloads or PDF renderings at once: say so and when to try again. */
	@ExceptionHandler(BusyException.class)
	String busy(BusyException ex, HttpServletResponse response) {
		logger.info("Refused, busy: {}", ex.getMessage());
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, ex.retryAfter().toSeconds())));
		return "error/busy";
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(ObjectOptimisticLockingFailureException ex) {
		logger.info("Edit conflict: {}", ex.getMessage());
		return "error/409";
	}

	/**
	 * A form based on an old version: the page shows the stored and the submitted values
	 * side by side, and leads back to the form, which every editing page shows at the
	 * address it posts to; where the editors changed different fields, it posts the
	 * submitted changes on top of the stored version to that address.
	 */
	@ExceptionHandler(EditConflictException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String editConflict(EditConflictException ex, HttpServletRequest request, Model model) {
		logger.info("Edit conflict: {} at {}", ex.getMessage(), request.getRequestURI());
		model.addAttribute("conflict", this.conflicts.of(ex, request));
		model.addAttribute("formAgain", request.getRequestURI());
		return "error/409";
	}

	/**
	 * What the domain refused of a save that shows no form again (a deletion): said on a
	 * page that leads back to the confirmation, at the address the save posted to.
	 */
	@ExceptionHandler(FieldRefusedException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String refused(FieldRefusedException ex, HttpServletRequest request, Model model) {
		logger.info("Refused: {} at {}", ex.getMessage(), request.getRequestURI());
		model.addAttribute("refusal", ex);
		model.addAttribute("formAgain", request.getRequestURI());
		return "error/409";
	}

	/**
	 * A change of a published round that the two-person rule kept, made by a save that
	 * shows no form again (a deletion), and stored for a second editor's approval: back
	 * to the round's workspace, saying so.
	 */
	@ExceptionHandler(ProposedForApprovalException.class)
	String proposed(ProposedForApprovalException ex, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", "approval.proposed");
		return "redirect:/admin/rounds/" + ex.getRound();
	}

	/** An upload over the multipart limit (spring.servlet.multipart.max-file-size). */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
	String tooLarge(MaxUploadSizeExceededException ex) {
		logger.info("Upload refused: {}", ex.getMessage());
		return "error/413";
	}

	/**
	 * A multipart body the container cannot parse, such as one without a boundary:
	 * nothing was read from it, so nothing was imported.
	 */
	@ExceptionHandler(MultipartException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String unreadableUpload(MultipartException ex) {
		logger.info("Upload refused: {}", ex.getMessage());
		return "error/400";
	}

	/**
	 * A write the database refused that no form could explain, such as a record deleted
	 * while in use.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String integrity(DataIntegrityViolationException ex) {
		logger.info("Refused by the database: {}", ex.getMostSpecificCause().getMessage());
		return "error/409";
	}

}
