package org.talkstracker.api;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.talkstracker.exchange.CountPrecision;
import org.talkstracker.exchange.ExchangeKind;
import org.talkstracker.process.PartyKind;
import org.talkstracker.source.DatePrecision;

/** What the read-only API answers with: small records of published data. */
final class ApiResources {

	private ApiResources() {
	}

	/** One page of a longer list. */
	record Paged<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

		static <T> Paged<T> of(Page<T> page) {
			return new Paged<>(page.getContent(), page.getNumber() + 1, page.getSize(), page.getTotalElements(),
					page.getTotalPages());
		}

	}

	record ProcessResource(String slug, String name, String description, List<PartyResource> parties) {
	}

	record PartyResource(String slug, String name, PartyKind kind) {
	}

	/**
	 * An exchange agreed at a published round, with what each side received so far, and
	 * the totals the parties report apart from the stages.
	 */
	record ExchangeResource(String slug, String round, LocalDate heldOn, ExchangeKind kind, boolean allForAll,
			SideResource sideA, SideResource sideB, String criteria, String description, int stages,
			List<ReportedTotalResource> reportedTotals) {
	}

	/**
	 * One side of an exchange: the count it was to receive (exactly, at least or about
	 * it), and the lower of the two sides' reports of what it got.
	 */
	record SideResource(String party, Integer agreed, CountPrecision agreedPrecision, long received) {
	}

	/**
	 * What a party ({@code reportedBy}) reports a party ({@code receivedBy}) received in
	 * all, on a day; {@code differs} where it differs from the stages' sum or from the
	 * other party's report.
	 */
	record ReportedTotalResource(String receivedBy, String reportedBy, int total, LocalDate reportedOn,
			boolean differs) {
	}

	record MemorandumResource(String slug, String title, String author, String round, LocalDate delivered,
			DatePrecision deliveredPrecision, LocalDate publishedOn, String summary, int clauses) {
	}

	record PersonResource(String slug, String name, List<String> aliases) {
	}

	/**
	 * A page of changes, oldest first, and the cursor to ask for the next (null once the
	 * list is exhausted: ask again later with the last cursor given).
	 */
	record Changes(List<Change> items, String next) {
	}

}
