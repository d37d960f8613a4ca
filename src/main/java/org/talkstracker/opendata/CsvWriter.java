package org.talkstracker.opendata;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.talkstracker.web.SpreadsheetSafe;

/**
 * Writes CSV byte for byte as Commons CSV's {@code CSVFormat.RFC4180} prints it: fields
 * separated by commas, records ended by CRLF, a null as nothing, and a field quoted (its
 * quotes doubled) when it holds a comma, a quote or a line break, starts with a character
 * up to {@code #} or ends with one up to a space, or is empty and first in its record.
 * Written for the data set downloads, which print some ten million fields:
 * {@code CSVPrinter} locks and copies every value on its way to the writer, about 1 s of
 * CPU for {@code exchanges.csv} at full scale; this writer copies each field once into
 * its own buffer, 0.15 s. Text a spreadsheet would read as a formula gets a quote in
 * front first ({@link SpreadsheetSafe}). Not thread-safe; it never closes the writer it
 * writes to.
 */
final class CsvWriter {

	private static final int BUFFER_SIZE = 64 * 1024;

	private final Writer out;

	private final char[] buffer = new char[BUFFER_SIZE];

	private int used;

	private boolean firstInRecord = true;

	CsvWriter(Writer out) {
		this.out = out;
	}

	void record(List<String> fields) throws IOException {
		for (String field : fields) {
			field(field);
		}
		endRecord();
	}

	void field(String text) throws IOException {
		String value = SpreadsheetSafe.text(text);
		if (!this.firstInRecord) {
			append(',');
		}
		boolean first = this.firstInRecord;
		this.firstInRecord = false;
		if (value == null) {
			return;
		}
		if (value.isEmpty()) {
			if (first) {
				append('"');
				append('"');
			}
			return;
		}
		if (!needsQuotes(value)) {
			append(value, 0, value.length());
			return;
		}
		append('"');
		int start = 0;
		for (int i = 0; i < value.length(); i++) {
			if (value.charAt(i) == '"') {
				append(value, start, i + 1);
				start = i;
			}
		}
		append(value, start, value.length());
		append('"');
	}

	void endRecord() throws IOException {
		append('\r');
		append('\n');
		this.firstInRecord = true;
	}

	/** Writes out what is buffered and flushes the writer. */
	void flush() throws IOException {
		this.out.write(this.buffer, 0, this.used);
		this.used = 0;
		this.out.flush();
	}

	private static boolean needsQuotes(String value) {
		if (value.charAt(0) <= '#' || value.charAt(value.length() - 1) <= ' ') {
			return true;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == ',' || c == '"' || c == '\n' || c == '\r') {
				return true;
			}
		}
		return false;
	}

	private void append(char c) throws IOException {
		if (this.used == this.buffer.length) {
			drain();
		}
		this.buffer[this.used++] = c;
	}

	private void append(String value, int start, int end) throws IOException {
		int from = start;
		while (from < end) {
			if (this.used == this.buffer.length) {
				drain();
			}
			int length = Math.min(end - from, this.buffer.length - this.used);
			value.getChars(from, from + length, this.buffer, this.used);
			this.used += length;
			from += length;
		}
	}

	private void drain() throws IOException {
		this.out.write(this.buffer, 0, this.used);
		this.used = 0;
	}

}
