package org.talkstracker.summary;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF rendering, read back with PDFBox. */
class PdfSummaryTests {

	private final PdfSummary summary = new PdfSummary(SampleSummary.templates(), SampleSummary.text(),
			SampleSummary.LICENCE);

	private final byte[] pdf = this.summary.render(SampleSummary.round(), SampleSummary.CITATION);

	@Test
	void aRoundWithoutACityIsNamedByItsNumberAndPlacedAtItsVenue() throws IOException {
		try (PDDocument document = Loader
			.loadPDF(this.summary.render(SampleSummary.roundWithoutACity(), SampleSummary.CITATION))) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Round 3", "Place " + SampleSummary.VENUE + "\n")
				.doesNotContain("Round 3,", "null");
		}
	}

	@Test
	void itsTextHoldsCyrillicUkrainianAndTurkishNames() throws IOException {
		try (PDDocument document = Loader.loadPDF(this.pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Умєров", "Мединский", "Çırağan", "İstanbul", "Türkiye", "Секретар РНБО")
				.contains("Round 3, İstanbul")
				.contains("30 per Russia, 25 per Україна")
				.contains("at least 1,200", "Україна received, as Russia reports it", "65 (figures differ)")
				.contains("retrieved 26 November 2026");
		}
	}

	@Test
	void endsWithTheDataLicence() throws IOException {
		try (PDDocument document = Loader.loadPDF(this.pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Licence")
				.contains("The compiled data is licensed under", "Creative Commons Attribution 4.0 International",
						"(CC-BY-4.0)")
				.contains("Short quotes from sources remain their authors'");
		}
	}

	@Test
	void isA4WithNumberedPages() throws IOException {
		try (PDDocument document = Loader.loadPDF(this.pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1);
			for (PDPage page : document.getPages()) {
				assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(),
						org.assertj.core.data.Offset.offset(1f));
				assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(),
						org.assertj.core.data.Offset.offset(1f));
			}
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Page 1 of " + document.getNumberOfPages());
		}
	}

	@Test
	void embedsItsFontsSoEveryReaderShowsTheSameLetters() throws IOException {
		try (PDDocument document = Loader.loadPDF(this.pdf)) {
			List<PDFont> fonts = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					fonts.add(page.getResources().getFont(name));
				}
			}
			assertThat(fonts).isNotEmpty().allSatisfy((font) -> {
				assertThat(font.isEmbedded()).isTrue();
				assertThat(font.getName()).contains("DejaVuSans");
			});
		}
	}

	@Test
	void itsCitationsLeadToTheirSources() throws IOException {
		try (PDDocument document = Loader.loadPDF(this.pdf)) {
			List<Integer> targets = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				for (PDAnnotation annotation : page.getAnnotations()) {
					if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo goTo
							&& goTo.getDestination() instanceof PDPageDestination destination) {
						targets.add(destination.retrievePageNumber());
					}
				}
			}
			// The page the list of sources starts on (its index, as a link's destination
			// gives it).
			int sourcesPage = -1;
			for (int page = 0; page < document.getNumberOfPages() && sourcesPage < 0; page++) {
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setStartPage(page + 1);
				stripper.setEndPage(page + 1);
				if (stripper.getText(document).contains("\nSources\n")) {
					sourcesPage = page;
				}
			}
			assertThat(targets).hasSizeGreaterThanOrEqualTo(10).containsOnly(sourcesPage);
		}
	}

	@Test
	void itsXhtmlIsWellFormedXmlThatKeepsQuotesAngleBracketsAndAmpersandsAsText() throws Exception {
		String xhtml = this.summary.xhtml(SampleSummary.round(), SampleSummary.CITATION);
		Document document = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new InputSource(new StringReader(xhtml)));
		assertThat(document.getDocumentElement().getTextContent()).contains(SampleSummary.TRICKY)
			.contains(SampleSummary.UMEROV, "RIA, \"Novosti\"", "A leaders' meeting, \"soon\"");
		NodeList links = document.getElementsByTagName("a");
		List<String> addresses = new ArrayList<>();
		for (int i = 0; i < links.getLength(); i++) {
			addresses.add(((Element) links.item(i)).getAttribute("href"));
		}
		assertThat(addresses).contains("https://example.org/a?b=1&c=2", "#source-2");
	}

}
