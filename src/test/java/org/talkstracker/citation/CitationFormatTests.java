package org.talkstracker.citation;

import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every citation format read back by someone else's reader: BibTeX by jbibtex, CSL-JSON
 * against the official CSL-JSON schema, RIS by its line grammar.
 */
class CitationFormatTests {

	static final String URL = "https://talks.example/rounds/istanbul-2025-06-02/releases/2";

	static final String TITLE = "Round 2 of the Russia–Ukraine direct talks (2025), Istanbul";

	/**
	 * LaTeX's ten special characters, unmatched braces, quotes, Cyrillic, Turkish. (The
	 * apostrophe is typographic: LaTeX, and jbibtex after it, print an ASCII one as one.)
	 */
	static final String TRICKY = "} Umerov\u2019s \"{draft\" at 100% & $5 #1 a_b ^ ~ C:\\ \u201cУмєров\u201d, Çırağan {";

	/** Characters beyond Unicode's basic plane, two UTF-16 units each. */
	static final String ASTRAL = "Round 2 \uD83D\uDD4A\uFE0F \uD835\uDD18";

	static final CitedRelease ROUND_2 = release(TITLE, LocalDate.of(2025, 6, 2), URI.create(URL));

	static final CitedRelease TRICKY_ROUND = release(TRICKY + "\nsecond line\r\n\tthird\u2028fourth", null,
			URI.create(URL));

	/** The title of {@link #TRICKY_ROUND} in one line. */
	static final String TRICKY_LINE = TRICKY + " second line third fourth";

	static final CitedRelease ASTRAL_ROUND = release(ASTRAL, null, URI.create(URL));

	static CitedRelease release(String title, LocalDate heldOn, URI url) {
		return new CitedRelease("Talks Tracker", "istanbul-2025-06-02", title, "Russia–Ukraine direct talks (2025)",
				heldOn, 2, LocalDate.of(2026, 12, 7), url, LocalDate.of(2026, 12, 8));
	}

	@Test
	void eachFormatIsFoundByTheExtensionOfItsAddress() {
		assertThat(Arrays.stream(CitationFormat.values()).map(CitationFormat::extension)).containsExactly("txt", "bib",
				"ris", "json");
		assertThat(CitationFormat.forExtension("bib")).contains(CitationFormat.BIBTEX);
		assertThat(CitationFormat.forExtension("ris")).contains(CitationFormat.RIS);
		assertThat(CitationFormat.forExtension("BIB")).isEmpty();
		assertThat(CitationFormat.forExtension("pdf")).isEmpty();
		assertThat(CitationFormat.CSL_JSON.mediaType()).isEqualTo("application/vnd.citationstyles.csl+json");
		assertThat(CitationFormat.BIBTEX.mediaType()).isEqualTo("application/x-bibtex;charset=UTF-8");
	}

	@Test
	void aReleaseIsCitedByItsAbsoluteAddress() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> release(TITLE, null, URI.create("/rounds/istanbul-2025-06-02/releases/2")));
		assertThatIllegalArgumentException().isThrownBy(() -> release(" \n ", null, URI.create(URL)));
	}

	@Nested
	class PlainText {

		@Test
		void namesTheAuthorTitleReleaseAddressAndDayAccessed() {
			assertThat(CitationFormat.TEXT.render(ROUND_2)).isEqualTo("Talks Tracker. \u201c" + TITLE
					+ "\u201d, release 2 (7 December 2026). " + URL + ". Accessed 8 December 2026.\n");
		}

		@Test
		void isOneLineWhateverTheTitleHolds() {
			String text = CitationFormat.TEXT.render(TRICKY_ROUND);
			assertThat(text.lines()).hasSize(1);
			assertThat(text).contains(TRICKY_LINE).contains(URL).contains("release 2");
			assertThat(CitationFormat.TEXT.render(ASTRAL_ROUND)).contains("\u201c" + ASTRAL + "\u201d");
		}

	}

	@Nested
	class BibTex {

		@Test
		void isOneMiscEntryWithTheCorporateAuthorTitleAddressAndDates() throws ParseException {
			BibTeXEntry entry = parse(CitationFormat.BIBTEX.render(ROUND_2));
			assertThat(entry.getType()).isEqualTo(BibTeXEntry.TYPE_MISC);
			assertThat(entry.getKey()).isEqualTo(new Key("istanbul-2025-06-02-release-2"));
			assertThat(field(entry, BibTeXEntry.KEY_AUTHOR)).isEqualTo("{Talks Tracker}");
			assertThat(field(entry, BibTeXEntry.KEY_TITLE)).as("braced to keep its capitals")
				.isEqualTo("{" + TITLE + "}");
			assertThat(text(entry, BibTeXEntry.KEY_TITLE)).isEqualTo(TITLE);
			assertThat(field(entry, BibTeXEntry.KEY_HOWPUBLISHED)).isEqualTo("\\url{" + URL + "}");
			assertThat(field(entry, BibTeXEntry.KEY_YEAR)).isEqualTo("2026");
			assertThat(field(entry, BibTeXEntry.KEY_MONTH)).isEqualTo("December");
			assertThat(field(entry, BibTeXEntry.KEY_NOTE)).isEqualTo("Release 2, 7 December 2026");
			assertThat(field(entry, new Key("urldate"))).isEqualTo("2026-12-08");
		}

		@Test
		void specialCharactersAndUnmatchedBracesComeBackAsTheTitleWas() throws ParseException {
			String bibtex = CitationFormat.BIBTEX.render(TRICKY_ROUND);
			BibTeXEntry entry = parse(bibtex);
			assertThat(text(entry, BibTeXEntry.KEY_TITLE)).isEqualTo(TRICKY_LINE);
			assertThat(field(entry, BibTeXEntry.KEY_HOWPUBLISHED)).isEqualTo("\\url{" + URL + "}");
			assertThat(field(entry, BibTeXEntry.KEY_NOTE)).isEqualTo("Release 2, 7 December 2026");
			assertThat(bibtex.chars().filter((c) -> c == '{').count())
				.isEqualTo(bibtex.chars().filter((c) -> c == '}').count());
		}

		/** jbibtex's LaTeX reader stops at them, so they are compared as written. */
		@Test
		void charactersBeyondTheBasicPlaneStayAsTheyAre() throws ParseException {
			BibTeXEntry entry = parse(CitationFormat.BIBTEX.render(ASTRAL_ROUND));
			assertThat(field(entry, BibTeXEntry.KEY_TITLE)).isEqualTo("{" + ASTRAL + "}");
		}

		@Test
		void percentAndHashInTheAddressAreEscapedForTheUrlCommand() throws ParseException, URISyntaxException {
			URI url = new URI("https", "talks.example", "/rounds/раунд-2/releases/2", null);
			BibTeXEntry entry = parse(CitationFormat.BIBTEX.render(release(TITLE, null, url)));
			assertThat(field(entry, BibTeXEntry.KEY_HOWPUBLISHED)).isEqualTo("\\url{"
					+ "https://talks.example/rounds/\\%D1\\%80\\%D0\\%B0\\%D1\\%83\\%D0\\%BD\\%D0\\%B4-2/releases/2}");
		}

		@Test
		void theKeyHasOnlyLettersDigitsAndHyphens() throws ParseException {
			CitedRelease odd = new CitedRelease("Talks Tracker", "Раунд 2, {x}", TITLE, "Talks", null, 3,
					LocalDate.of(2026, 1, 5), URI.create(URL), LocalDate.of(2026, 1, 6));
			BibTeXEntry entry = parse(CitationFormat.BIBTEX.render(odd));
			assertThat(entry.getKey()).isEqualTo(new Key("2-x-release-3"));
			assertThat(field(entry, BibTeXEntry.KEY_MONTH)).isEqualTo("January");
		}

		private static BibTeXEntry parse(String bibtex) throws ParseException {
			BibTeXDatabase database = new BibTeXParser().parse(new StringReader(bibtex));
			assertThat(database.getEntries()).hasSize(1);
			return database.getEntries().values().iterator().next();
		}

		private static String field(BibTeXEntry entry, Key key) {
			assertThat(entry.getField(key)).as(key.getValue()).isNotNull();
			return entry.getField(key).toUserString();
		}

		/** A field as LaTeX prints it: commands for special characters become them. */
		private static String text(BibTeXEntry entry, Key key) throws ParseException {
			return new LaTeXPrinter().print(new LaTeXParser().parse(field(entry, key)));
		}

	}

	@Nested
	class Ris {

		/** A RIS line: a tag of two capitals or digits, two spaces, a hyphen, a space. */
		private static final Pattern LINE = Pattern.compile("([A-Z][A-Z0-9])  - (.*)");

		@Test
		void everyLineIsATaggedLineFromTyToEr() {
			String ris = CitationFormat.RIS.render(TRICKY_ROUND);
			assertThat(ris).endsWith("ER  - \r\n");
			List<String> lines = Arrays.asList(ris.split("\r\n", -1));
			assertThat(lines.get(lines.size() - 1)).as("nothing after the last CRLF").isEmpty();
			List<String> record = lines.subList(0, lines.size() - 1);
			assertThat(record).allSatisfy((line) -> assertThat(line).matches(LINE).doesNotContain("\r", "\n"));
			assertThat(record.get(0)).isEqualTo("TY  - DATA");
			assertThat(record.get(record.size() - 1)).isEqualTo("ER  - ");
			assertThat(record).contains("TI  - " + TRICKY_LINE);
			assertThat(CitationFormat.RIS.render(ASTRAL_ROUND)).contains("TI  - " + ASTRAL + "\r\n");
		}

		@Test
		void tagsTheTitleAuthorReleaseDatesAndAddress() {
			assertThat(CitationFormat.RIS.render(ROUND_2)).isEqualTo("""
					TY  - DATA\r
					ID  - istanbul-2025-06-02-release-2\r
					AU  - Talks Tracker\r
					TI  - %s\r
					PB  - Talks Tracker\r
					ET  - Release 2\r
					PY  - 2026\r
					DA  - 2026/12/07\r
					UR  - %s\r
					Y2  - 2026/12/08\r
					ER  - \r
					""".formatted(TITLE, URL));
		}

	}

	@Nested
	class CslJson {

		private static final JsonMapper JSON = JsonMapper.builder().build();

		private static final Schema CSL_DATA = CslData.SCHEMA;

		@Test
		void isValidCslDataWithOneDatasetItem() {
			String json = CitationFormat.CSL_JSON.render(ROUND_2);
			assertThat(CSL_DATA.validate(json, InputFormat.JSON)).isEmpty();
			JsonNode item = single(json);
			assertThat(item.get("type").asString()).isEqualTo("dataset");
			assertThat(item.get("id").asString()).isEqualTo("istanbul-2025-06-02-release-2");
			assertThat(item.get("title").asString()).isEqualTo(TITLE);
			assertThat(item.get("author").toString()).isEqualTo("[{\"literal\":\"Talks Tracker\"}]");
			assertThat(item.get("publisher").asString()).isEqualTo("Talks Tracker");
			assertThat(item.get("collection-title").asString()).isEqualTo("Russia–Ukraine direct talks (2025)");
			assertThat(item.get("genre").asString()).isEqualTo("Data set");
			assertThat(item.get("version").asString()).isEqualTo("2");
			assertThat(item.get("URL").asString()).isEqualTo(URL);
			assertThat(item.get("issued").toString()).isEqualTo("{\"date-parts\":[[2026,12,7]]}");
			assertThat(item.get("accessed").toString()).isEqualTo("{\"date-parts\":[[2026,12,8]]}");
			assertThat(item.get("event-date").toString()).isEqualTo("{\"date-parts\":[[2025,6,2]]}");
		}

		@Test
		void anyTitleStaysValidAndComesBackAsItWas() {
			String json = CitationFormat.CSL_JSON.render(TRICKY_ROUND);
			assertThat(CSL_DATA.validate(json, InputFormat.JSON)).isEmpty();
			JsonNode item = single(json);
			assertThat(item.get("title").asString()).isEqualTo(TRICKY_LINE);
			assertThat(item.has("event-date")).as("no day held, no event-date").isFalse();
			assertThat(single(CitationFormat.CSL_JSON.render(ASTRAL_ROUND)).get("title").asString()).isEqualTo(ASTRAL);
		}

		@Test
		void theSchemaRefusesWhatCslDoesNotDefine() {
			String json = CitationFormat.CSL_JSON.render(ROUND_2).replace("\"URL\"", "\"url\"");
			List<Error> errors = CSL_DATA.validate(json, InputFormat.JSON);
			assertThat(errors).isNotEmpty();
		}

		private static JsonNode single(String json) {
			JsonNode items = JSON.readTree(json);
			assertThat(items.isArray()).isTrue();
			assertThat(items.size()).isEqualTo(1);
			return items.get(0);
		}

	}

}
