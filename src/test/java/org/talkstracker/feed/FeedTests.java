package org.talkstracker.feed;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.SqlStatements;
import org.talkstracker.datafile.DataFileImporter;
import org.talkstracker.datafile.GeneratedRounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class FeedTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theAtomFeedHasAnEntryPerReleaseOfAPublishedRound() throws Exception {
		Document feed = atom();
		Element root = feed.getDocumentElement();
		assertThat(root.getLocalName()).isEqualTo("feed");
		assertThat(root.getNamespaceURI()).isEqualTo(AtomFeed.NAMESPACE);
		// RFC 4287 4.1.1: a feed has exactly one id, title and updated, and an author.
		for (String required : List.of("id", "title", "updated", "author")) {
			assertThat(children(root, required)).as(required).hasSize(1);
		}
		List<Element> entries = children(root, "entry");
		assertThat(entries).hasSize(3);
		Element round = entries.stream()
			.filter((entry) -> text(entry, "id").equals("http://localhost/rounds/istanbul-2025-06-02/releases/1"))
			.findFirst()
			.orElseThrow();
		assertThat(text(round, "title"))
			.isEqualTo("Round 2: Russia–Ukraine direct talks (2025), Çırağan Palace, Istanbul — release 1 (Update)");
		assertThat(text(round, "author")).isEqualTo("Talks Tracker");
		assertThat(text(round, "updated")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
		assertThat(text(round, "summary")).startsWith("2 June 2025 · Held · Second meeting");
		assertThat(children(round, "link")).extracting((link) -> link.getAttribute("href"))
			.contains("http://localhost/rounds/istanbul-2025-06-02",
					"http://localhost/rounds/istanbul-2025-06-02/releases/1",
					"http://localhost/rounds/istanbul-2025-06-02/releases/1/summary.pdf");
	}

	@Test
	void theCalendarHasAnEventPerRoundAllDayWhereItsEndIsNotKnown() throws Exception {
		String ics = calendar();

		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:");
		assertThat(ics).endsWith("END:VCALENDAR\r\n");
		assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
		List<String> lines = List.of(ics.split("\r\n"));
		assertThat(lines)
			.allSatisfy((line) -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
		String unfolded = ics.replace("\r\n ", "");
		assertThat(unfolded).contains("UID:istanbul-2025-06-02@localhost\r\n")
			.contains("DTSTART;VALUE=DATE:20250602\r\nDTEND;VALUE=DATE:20250603\r\n")
			.contains("SUMMARY:Round 2: Russia–Ukraine direct talks (2025)\r\n")
			.contains("LOCATION:Çırağan Palace\\, Istanbul\r\n")
			.contains("URL:http://localhost/rounds/istanbul-2025-06-02\r\n")
			.contains("STATUS:CONFIRMED\r\n");
		// Round 3's start and end are known: its event has them.
		assertThat(unfolded).contains("UID:istanbul-2025-07-23@localhost\r\n")
			.contains("DTSTART:20250723T173700Z\r\nDTEND:20250723T181600Z\r\n");
		assertThat(unfolded.split("BEGIN:VEVENT", -1)).hasSize(4);
		assertThat(unfolded.split("END:VEVENT", -1)).hasSize(4);
	}

	@Nested
	@Transactional
	class PublishedOnly {

		@Autowired
		DataFileImporter importer;

		@Test
		void draftsAreInNeither() throws Exception {
			this.importer.importFile("draft", GeneratedRounds.process("draft", 1, false));

			assertThat(children(atom().getDocumentElement(), "entry")).hasSize(3);
			assertThat(calendar()).doesNotContain("draft-round");
		}

		@Test
		void eachRunsOneStatementWhateverTheData() throws Exception {
			SqlStatements statements = new SqlStatements();
			long before = statements.countWhile(() -> atom());
			this.importer.importFile("large", GeneratedRounds.process("large", 20, true));

			assertThat(statements.countWhile(() -> atom())).isEqualTo(before).isEqualTo(1);
			assertThat(statements.countWhile(() -> calendar())).isEqualTo(1);
		}

	}

	private Document atom() throws Exception {
		byte[] body = this.mvc.perform(get("/feed.atom"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
	}

	private String calendar() throws Exception {
		return this.mvc.perform(get("/rounds.ics"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static List<Element> children(Element parent, String name) {
		NodeList nodes = parent.getElementsByTagNameNS(AtomFeed.NAMESPACE, name);
		return IntStream.range(0, nodes.getLength())
			.mapToObj((i) -> (Element) nodes.item(i))
			.filter((element) -> element.getParentNode() == parent)
			.toList();
	}

	private static String text(Element parent, String name) {
		return children(parent, name).get(0).getTextContent();
	}

}
