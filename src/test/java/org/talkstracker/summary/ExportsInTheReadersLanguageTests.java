package org.talkstracker.summary;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A round's summary (Markdown, PDF), the Atom feed and the calendar under {@code /uk/}
 * and {@code /ru/}: labels in that language, texts as its pages show them (a translation
 * where there is one, else the text as written, said to be in its language), links to the
 * pages in that language.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ExportsInTheReadersLanguageTests {

	static final String ROUND = "/rounds/istanbul-2025-06-02";

	static final String TRANSLATED = "Друга зустріч делегацій у палаці Чираган.";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void translateTheSummaryOfRoundTwoIntoUkrainian() {
		this.jdbc.sql("""
				insert into text_translation (round_id, field, language, text, translator, translated_at)
				select id, 'summary', 'uk', :text, 'Олена Коваль', now() from round where slug = 'istanbul-2025-06-02'
				""").param("text", TRANSLATED).update();
	}

	@Test
	void markdownInUkrainianHasUkrainianLabelsAndTheTranslation() throws Exception {
		String markdown = body("/uk" + ROUND + "/summary.md");

		assertThat(markdown)
			.contains("## Делегації", "## Пропозиції", TRANSLATED + " *(Переклад з англійської: Олена Коваль)*",
					"*(Оригінал англійською)*")
			.doesNotContain("## Delegations", "Second meeting of the delegations");
	}

	@Test
	void markdownInEnglishIsAsItWas() throws Exception {
		String markdown = body(ROUND + "/summary.md");

		assertThat(markdown).contains("## Delegations", "Second meeting of the delegations")
			.doesNotContain(TRANSLATED, "Original in", "Translated from", "Оригінал");
	}

	@Test
	void pdfInRussianHasCyrillicLabelsInItsEmbeddedFont() throws Exception {
		byte[] pdf = this.mvc.perform(get("/ru" + ROUND + "/summary.pdf"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Делегации", "Предложения", "Заявления", "(Оригинал на английском)")
				.doesNotContain("Delegations", TRANSLATED);
			assertThat(document.getPage(0).getResources().getFontNames()).allSatisfy(
					(name) -> assertThat(document.getPage(0).getResources().getFont(name).isEmbedded()).isTrue());
		}
	}

	@Test
	void pdfInUkrainianReadsTheTranslation() throws Exception {
		byte[] pdf = this.mvc.perform(get("/uk" + ROUND + "/summary.pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Делегації", TRANSLATED, "(Переклад з англійської: Олена Коваль)");
		}
	}

	@Test
	void theAtomFeedInUkrainianLeadsToUkrainianPagesAndReadsTheTranslation() throws Exception {
		Document feed = atom("/uk/feed.atom");
		Element root = feed.getDocumentElement();

		assertThat(child(root, "id").getTextContent()).isEqualTo("http://localhost/uk/feed.atom");
		assertThat(child(root, "title").getTextContent())
			.isNotEqualTo(child(atom("/feed.atom").getDocumentElement(), "title").getTextContent());
		NodeList entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
		assertThat(entries.getLength()).isPositive();
		String all = root.getTextContent();
		assertThat(all).contains(TRANSLATED + " (Переклад з англійської: Олена Коваль)");
		NodeList links = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link");
		for (int i = 0; i < links.getLength(); i++) {
			assertThat(((Element) links.item(i)).getAttribute("href")).startsWith("http://localhost/uk/");
		}
	}

	@Test
	void theEnglishFeedIsAsItWas() throws Exception {
		Element root = atom("/feed.atom").getDocumentElement();

		assertThat(child(root, "id").getTextContent()).isEqualTo("http://localhost/feed.atom");
		assertThat(root.getTextContent()).doesNotContain(TRANSLATED, "Original in");
	}

	@Test
	void theCalendarInRussianIsValidAndLeadsToRussianPages() throws Exception {
		String ics = body("/ru/rounds.ics");

		String unfolded = ics.replace("\r\n ", "");
		assertThat(unfolded).contains("X-WR-CALNAME:Раунды Talks Tracker",
				"URL:http://localhost/ru/rounds/istanbul-2025-06-02\r\n", "(Оригинал на английском)");
		Deque<String> open = new ArrayDeque<>();
		for (String line : unfolded.split("\r\n")) {
			assertThat(line).matches("[A-Z-]+(;[^:]+)?:.*");
			if (line.startsWith("BEGIN:")) {
				open.push(line.substring(6));
			}
			else if (line.startsWith("END:")) {
				assertThat(open.pop()).isEqualTo(line.substring(4));
			}
		}
		assertThat(open).isEmpty();
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
	}

	private String body(String path) throws Exception {
		return this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private Document atom(String path) throws Exception {
		byte[] body = this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
	}

	private static Element child(Element parent, String name) {
		return (Element) parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name).item(0);
	}

}
