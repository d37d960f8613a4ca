package org.talkstracker.round;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.talkstracker.editing.FieldRefusedException;
import org.talkstracker.process.PeaceProcess;

/**
 * The time zone a round's times are entered and told in: the IANA zone the editor names
 * (in any letter case), else the zone of the process's latest round that has one. A round
 * with times needs one; offsets such as "+03:00" are not zones, since a venue's offset
 * changes with daylight saving.
 */
@Component
class RoundTimeZones {

	/** Offered first in the form, before the zones of earlier rounds. */
	private static final List<String> COMMON = List.of("Europe/Istanbul", "Europe/Kyiv", "Europe/Moscow",
			"Europe/Minsk", "Asia/Riyadh", "Asia/Dubai", "Europe/Zurich", "Europe/Vatican", "America/New_York", "UTC");

	private final RoundRepository rounds;

	RoundTimeZones(RoundRepository rounds) {
		this.rounds = rounds;
	}

	/**
	 * The zone of the round the form describes, or null when it gives no zone and no
	 * time.
	 */
	ZoneId of(RoundForm form, PeaceProcess process) {
		if (form.timeZone() != null && !form.timeZone().isBlank()) {
			return named(form.timeZone().strip());
		}
		if (!form.hasTimes()) {
			return null;
		}
		return this.rounds.findLatestTimeZone(process)
			.map(ZoneId::of)
			.orElseThrow(() -> new FieldRefusedException("timeZone", "admin.round.timeZoneRequired"));
	}

	/** The zones the form suggests: the common ones, then those of earlier rounds. */
	List<String> suggestions() {
		return Stream.concat(COMMON.stream(), this.rounds.findTimeZones().stream()).distinct().toList();
	}

	private static ZoneId named(String name) {
		Set<String> known = ZoneId.getAvailableZoneIds();
		Optional<String> zone = known.contains(name) ? Optional.of(name)
				: known.stream().filter(name::equalsIgnoreCase).findFirst();
		return zone.map(ZoneId::of)
			.orElseThrow(() -> new FieldRefusedException("timeZone", "admin.round.unknownTimeZone", name));
	}

}
