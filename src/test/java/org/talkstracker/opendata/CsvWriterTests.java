package org.talkstracker.opendata;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

import org.talkstracker.web.SpreadsheetSafe;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data set's CSV writer writes the same text as Commons CSV, which wrote the files
 * before it, given the text after the rule against formulas ({@link SpreadsheetSafe}).
 */
class CsvWriterTests {

	private static final List<String> AWKWARD = Arrays.asList(null, "", " ", "a", "plain text", "#1", "!", "\"quoted\"",
			"it's", "a, b", "line\nbreak", "line\r\nbreak", "trailing ", "trailing\t", " leading", "\tleading", "$5",
			"%", "&", "a\"b", "Умєров, Мединский", "Çırağan", "😀", "x#", "\u0000", "\u007f");

	@Test
	void writesAwkwardValuesAsCommonsCsvDoesWhereverTheyAreInARecord() throws IOException {
		List<List<String>> records = new ArrayList<>();
		for (String value : AWKWARD) {
			records.add(Arrays.asList(value, value, value));
			records.add(Arrays.asList("x", value));
			records.add(Arrays.asList(value));
		}

		assertThat(written(records)).isEqualTo(commonsCsv(records));
	}

	@Test
	void writesRandomTextAsCommonsCsvDoes() throws IOException {
		Random random = new Random(6);
		String alphabet = "ab ,\"\r\n#!\t'Жé😀";
		List<List<String>> records = new ArrayList<>();
		for (int r = 0; r < 2000; r++) {
			List<String> record = new ArrayList<>();
			for (int f = random.nextInt(4); f >= 0; f--) {
				StringBuilder value = new StringBuilder();
				for (int c = random.nextInt(6); c > 0; c--) {
					value.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
							random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
				}
				record.add(random.nextInt(8) == 0 ? null : value.toString());
			}
			records.add(record);
		}

		assertThat(written(records)).isEqualTo(commonsCsv(records));
	}

	@Test
	void textASpreadsheetWouldReadAsAFormulaStartsWithAQuote() throws IOException {
		List<String> cells = List.of("=1+2", "+SUM(A1:A9)", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)", "\tx", "\rx", "-",
				"a=b", "'quoted'");

		assertThat(written(List.of(cells)))
			.isEqualTo("'=1+2,'+SUM(A1:A9),'-2+3+cmd|' /C calc'!A0,'@SUM(A1),'\tx,\"'\rx\",'-,a=b,'quoted'\r\n");
	}

	@Test
	void numbersKeepTheirSign() throws IOException {
		assertThat(written(List.of(List.of("-5", "+3", "-1.5", "0", "-0.25")))).isEqualTo("-5,+3,-1.5,0,-0.25\r\n");
	}

	@Test
	void writesFieldsLongerThanItsBufferWhole() throws IOException {
		String longText = "\"quoted\", ".repeat(20_000);
		List<List<String>> records = List.of(List.of(longText, "after"), List.of("next"));

		assertThat(written(records)).isEqualTo(commonsCsv(records));
	}

	@Test
	void keepsTheTextUntilFlushedAndNeverClosesTheWriter() throws IOException {
		StringWriter text = new StringWriter();
		ClosingTracked out = new ClosingTracked(text);
		CsvWriter csv = new CsvWriter(out);

		csv.record(List.of("round", "sources"));
		assertThat(text.toString()).isEmpty();
		csv.flush();

		assertThat(text.toString()).isEqualTo("round,sources\r\n");
		assertThat(out.closed).isFalse();
	}

	private static String written(List<List<String>> records) throws IOException {
		StringWriter out = new StringWriter();
		CsvWriter csv = new CsvWriter(out);
		for (List<String> record : records) {
			csv.record(record);
		}
		csv.flush();
		return out.toString();
	}

	private static String commonsCsv(List<List<String>> records) throws IOException {
		StringWriter out = new StringWriter();
		CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
		for (List<String> record : records) {
			printer.printRecord(record.stream().map(SpreadsheetSafe::text).toList());
		}
		printer.flush();
		return out.toString();
	}

	private static final class ClosingTracked extends Writer {

		private final Writer text;

		private boolean closed;

		ClosingTracked(Writer text) {
			this.text = text;
		}

		@Override
		public void write(char[] chars, int offset, int length) throws IOException {
			this.text.write(chars, offset, length);
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
			this.closed = true;
		}

	}

}
