package org.talkstracker.summary;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.talkstracker.release.CurrentRelease;
import org.talkstracker.round.RoundStatus;
import org.talkstracker.round.ThirdPartyRole;
import org.talkstracker.summary.RoundSummary.Header;
import org.talkstracker.summary.RoundSummary.PartyRef;
import org.talkstracker.summary.RoundSummary.SourceView;

/**
 * A round as a schema.org {@code Event}, for search engines and other programs reading
 * its page: its name, when (times in UTC with their offset, else the day), where (venue
 * and city), the parties (hosts as organisers, delegations, mediators, observers and
 * chairs as attendees), the release the page shows as {@code version}, and the sources as
 * {@code citation}. Plain Java, tested through the rendered page.
 */
final class RoundJsonLd {

	private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

	private RoundJsonLd() {
	}

	/**
	 * @param name the round's name as its page's title gives it
	 * @param address the page's permanent address
	 * @param site the site's address, for the parties' pages
	 */
	static Map<String, Object> event(RoundSummary summary, Optional<CurrentRelease> current, String name,
			String address, String site, Locale locale) {
		Header h = summary.header();
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("@context", "https://schema.org");
		event.put("@type", "Event");
		event.put("name", name);
		event.put("url", address);
		if (h.summary() != null) {
			event.put("description", h.summary().in(locale).text());
		}
		event.put("startDate", (h.startedAt() != null) ? local(h, h.startedAt()) : h.heldOn().toString());
		if (h.endedAt() != null) {
			event.put("endDate", local(h, h.endedAt()));
		}
		event.put("eventStatus", "https://schema.org/" + status(h.status()));
		event.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
		Map<String, Object> place = new LinkedHashMap<>();
		place.put("@type", "Place");
		place.put("name", (h.venue() != null) ? h.venue().en() : (h.city() != null) ? h.city().en() : null);
		if (h.city() != null) {
			place.put("address", ordered("@type", "PostalAddress", "addressLocality", h.city().en()));
		}
		if (place.get("name") != null) {
			event.put("location", place);
		}
		List<Map<String, Object>> organizers = new ArrayList<>();
		List<Map<String, Object>> attendees = new ArrayList<>();
		summary.delegations().forEach((delegation) -> attendees.add(party(delegation.party(), site)));
		summary.thirdParties().forEach((third) -> {
			if (third.role() == ThirdPartyRole.HOST) {
				organizers.add(party(third.party(), site));
			}
			else {
				attendees.add(party(third.party(), site));
			}
		});
		if (!organizers.isEmpty()) {
			event.put("organizer", organizers);
		}
		event.put("attendee", attendees);
		current.ifPresent((release) -> event.put("version", String.valueOf(release.number())));
		event.put("dateModified", utc(h.updatedAt()));
		event.put("superEvent", ordered("@type", "EventSeries", "name", h.processName().en()));
		event.put("citation", summary.sources().stream().map(RoundJsonLd::citation).toList());
		return event;
	}

	private static Map<String, Object> party(PartyRef party, String site) {
		return ordered("@type", "Organization", "name", party.name().en(), "url", site + "/parties/" + party.slug());
	}

	private static Map<String, Object> citation(SourceView source) {
		Map<String, Object> work = new LinkedHashMap<>();
		work.put("@type", "CreativeWork");
		work.put("name", source.title());
		work.put("publisher", ordered("@type", "Organization", "name", source.publisher()));
		if (source.url() != null) {
			work.put("url", source.url());
		}
		if (source.publishedOn() != null) {
			work.put("datePublished", source.publishedOn().toString());
		}
		return work;
	}

	private static String status(RoundStatus status) {
		return switch (status) {
			case SCHEDULED, HELD -> "EventScheduled";
			case POSTPONED -> "EventPostponed";
			case CANCELLED -> "EventCancelled";
		};
	}

	/** A time of the round on the venue's clock, with the offset in force then. */
	private static String local(RoundSummary.Header header, Instant time) {
		return WITH_OFFSET.format(time.atZone(header.times().zone()).toOffsetDateTime());
	}

	private static String utc(Instant time) {
		return WITH_OFFSET.format(time.atOffset(ZoneOffset.UTC));
	}

	/**
	 * An object whose keys keep the order given: {@code Map.of} iterates in an order that
	 * changes from one start of the JVM to the next, and so would the page's bytes.
	 */
	private static Map<String, Object> ordered(Object... pairs) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return map;
	}

}
