package org.talkstracker.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.talkstracker.api.ApiResources.Changes;
import org.talkstracker.api.ApiResources.ExchangeResource;
import org.talkstracker.api.ApiResources.MemorandumResource;
import org.talkstracker.api.ApiResources.Paged;
import org.talkstracker.api.ApiResources.PersonResource;
import org.talkstracker.api.ApiResources.ProcessResource;
import org.talkstracker.round.RoundListing;
import org.talkstracker.search.RoundFilterForm;
import org.talkstracker.search.RoundSelections;
import org.talkstracker.summary.RoundSummaries;
import org.talkstracker.summary.RoundSummary;
import org.talkstracker.web.NotFoundException;

/**
 * The read-only JSON API: published data only, lists paged, the same filters as the
 * rounds list, errors as RFC 9457 problem details. Every answer carries an ETag (see the
 * web layer) and may be cached for a minute.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Talks Tracker", description = "Published peace talks data, read-only")
class ApiController {

	static final int DEFAULT_SIZE = 20;

	static final int MAX_SIZE = 100;

	private static final CacheControl CACHING = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();

	private final RoundSelections selections;

	private final RoundSummaries summaries;

	private final ApiQueries queries;

	ApiController(RoundSelections selections, RoundSummaries summaries, ApiQueries queries) {
		this.selections = selections;
		this.summaries = summaries;
		this.queries = queries;
	}

	@GetMapping("/processes")
	@Operation(summary = "Peace processes that have a published round, with their parties")
	ResponseEntity<List<ProcessResource>> processes() {
		return cached(this.queries.processes());
	}

	@GetMapping("/rounds")
	@Operation(summary = "Published rounds, filtered and sorted as on the rounds page")
	ResponseEntity<Paged<RoundListing>> rounds(@ParameterObject @Valid @ModelAttribute RoundFilterForm form,
			@RequestParam(defaultValue = "1") @Min(1) @Max(100_000) int page,
			@RequestParam(defaultValue = "" + DEFAULT_SIZE) @Min(1) @Max(MAX_SIZE) int size) {
		var filter = this.selections.filter(form);
		return cached(Paged.of(this.selections.page(filter, PageRequest.of(page - 1, size))));
	}

	@GetMapping("/rounds/{slug}")
	@Operation(summary = "One published round: the same summary as its page, with numbered sources",
			description = "A withdrawn round answers 410 Gone: a problem detail whose detail is the editors' public "
					+ "reason and withdrawnOn the date it was withdrawn.")
	ResponseEntity<RoundSummary> round(@PathVariable @Size(max = 120) String slug) {
		return cached(this.summaries.of(slug));
	}

	@GetMapping("/exchanges")
	@Operation(summary = "Exchanges agreed at published rounds, agreed against received, newest round first")
	ResponseEntity<Paged<ExchangeResource>> exchanges(@RequestParam(defaultValue = "1") @Min(1) @Max(100_000) int page,
			@RequestParam(defaultValue = "" + DEFAULT_SIZE) @Min(1) @Max(MAX_SIZE) int size) {
		return cached(Paged.of(this.queries.exchanges(PageRequest.of(page - 1, size))));
	}

	@GetMapping("/memoranda")
	@Operation(summary = "Memoranda delivered at published rounds or outside any round")
	ResponseEntity<Paged<MemorandumResource>> memoranda(
			@RequestParam(defaultValue = "1") @Min(1) @Max(100_000) int page,
			@RequestParam(defaultValue = "" + DEFAULT_SIZE) @Min(1) @Max(MAX_SIZE) int size) {
		return cached(Paged.of(this.queries.memoranda(PageRequest.of(page - 1, size))));
	}

	@GetMapping("/people")
	@Operation(summary = "People who appear in published data, with the other spellings of their names")
	ResponseEntity<Paged<PersonResource>> people(@RequestParam(defaultValue = "1") @Min(1) @Max(100_000) int page,
			@RequestParam(defaultValue = "" + DEFAULT_SIZE) @Min(1) @Max(MAX_SIZE) int size) {
		return cached(Paged.of(this.queries.people(PageRequest.of(page - 1, size))));
	}

	@GetMapping("/changes")
	@Operation(summary = "Releases and withdrawals of rounds, oldest first, for mirrors to stay in sync",
			description = """
					Start with `since` (a time, ISO 8601) or nothing (from the beginning); then hand back \
					the `next` cursor of each page until it is null, and keep the last one to ask again \
					later. A release's data file (`dataFile`) is what the round's readers saw, byte for byte \
					(its SHA-256 is `sha256`); a withdrawal's round answers 410 Gone from then on.""")
	ResponseEntity<Changes> changes(@RequestParam(required = false) Instant since,
			@RequestParam(required = false) @Size(max = 200) String cursor,
			@RequestParam(defaultValue = "" + MAX_SIZE) @Min(1) @Max(MAX_SIZE) int size) {
		ChangeCursor after = (cursor != null) ? ChangeCursor.parse(cursor)
				: (since != null) ? ChangeCursor.since(since) : ChangeCursor.START;
		List<Change> page = this.queries.changes(after, size + 1,
				ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
		List<Change> items = page.subList(0, Math.min(size, page.size()));
		String next = (page.size() > size) ? ChangeCursor.after(items.get(items.size() - 1)).token() : null;
		return cached(new Changes(items, next));
	}

	/**
	 * Any other address under the API is a problem detail too, not the site's 404 page.
	 */
	@GetMapping("/**")
	@Hidden
	ResponseEntity<Void> unknown(HttpServletRequest request) {
		throw new NotFoundException("No API resource at " + request.getRequestURI());
	}

	private static <T> ResponseEntity<T> cached(T body) {
		return ResponseEntity.ok().cacheControl(CACHING).body(body);
	}

}
