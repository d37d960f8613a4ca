package org.talkstracker.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.talkstracker.editing.Name;
import org.talkstracker.round.RoundStatus;
import org.talkstracker.text.Text;
import org.talkstracker.summary.ExportText;
import org.talkstracker.web.IcuMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class RoundCalendarTests {

	private static final String LONG = "Переговори у палаці Чираган (Çırağan), тривали годину; сторони обмінялися "
			+ "меморандумами, погодили обмін полоненими, \"усіх на всіх\"\nі повернення тіл.";

	@Test
	void longLinesFoldAt75OctetsWithoutSplittingALetter() {
		String ics = render(new FeedRound("r", 3, Name.of("Процес", null, null, null), RoundStatus.SCHEDULED,
				LocalDate.of(2031, 1, 2), Name.of("İstanbul", null, null, null),
				Name.of("Çırağan Palace", null, null, null), Instant.parse("2031-01-02T09:00:00Z"),
				Instant.parse("2031-01-02T10:05:00Z"), Text.english(LONG), Instant.parse("2031-01-01T00:00:00.123Z")));

		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
			assertThat(line).doesNotContain("\uFFFD");
		}
		String unfolded = ics.replace("\r\n ", "");
		assertThat(unfolded)
			.contains("DESCRIPTION:" + LONG.replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n"));
		assertThat(unfolded).contains("DTSTART:20310102T090000Z\r\nDTEND:20310102T100500Z\r\n")
			.contains("LOCATION:Çırağan Palace\\, İstanbul\r\n")
			.contains("STATUS:TENTATIVE")
			.contains("DTSTAMP:20310101T000000Z");
	}

	@Test
	void textValuesAreEscaped() {
		assertThat(RoundCalendar.escape("a\\b;c,d\ne")).isEqualTo("a\\\\b\\;c\\,d\\ne");
	}

	private static String render(FeedRound round) {
		IcuMessageSource messages = IcuMessageSource.of("messages/messages", "messages/exports");
		return new RoundCalendar(new ExportText(messages, Locale.ENGLISH)).render(List.of(round),
				"https://talks.example");
	}

}
