package org.talkstracker.summary;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF rendering, read back with PDFBox. */
class PdfSummaryTests {

	private final byte[] pdf = new PdfSummary(SampleSummary.text()).render(SampleSummary.round(),
			SampleSummary.CITATION);

	@Test
	void itsTextHoldsCyrillicUkrainianAndTurkishNames() throws IOException {
		try (PDDocument document = Loader.loadPDF(this.pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Умєров", "Мединский", "Çırağan", "İstanbul", "Türkiye", "Секретар РНБО")
				.contains("Round 3, İstanbul")
				.contains("30 per Russia, 25 per Україна")
				.contains("retrieved 26 November 2026");
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

}
