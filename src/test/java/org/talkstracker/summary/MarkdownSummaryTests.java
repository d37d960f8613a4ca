package org.talkstracker.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Markdown rendering, read back with a CommonMark parser and GitHub's table
 * extension; footnotes (which the parser's core leaves as text) by their markers.
 */
class MarkdownSummaryTests {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

	private final String markdown = new MarkdownSummary(SampleSummary.templates(), SampleSummary.text(),
			SampleSummary.LICENCE)
		.render(SampleSummary.round(), SampleSummary.CITATION);

	private final Node document = Parser.builder().extensions(EXTENSIONS).build().parse(this.markdown);

	@Test
	void aRoundWithoutACityIsHeadedByItsNumberAndPlacedAtItsVenue() {
		String markdown = new MarkdownSummary(SampleSummary.templates(), SampleSummary.text(), SampleSummary.LICENCE)
			.render(SampleSummary.roundWithoutACity(), SampleSummary.CITATION);
		assertThat(markdown).startsWith("# Round 3[^1]\n")
			.contains("- **Place:** " + SampleSummary.VENUE + "\n")
			.doesNotContain("null");
	}

	@Test
	void sectionsAreHeadingsInOrder() {
		List<String> headings = new ArrayList<>();
		this.document.accept(new AbstractVisitor() {
			@Override
			public void visit(Heading heading) {
				headings.add(heading.getLevel() + " " + text(heading).replaceAll("\\[\\^\\d+]", ""));
			}
		});
		assertThat(headings).containsSubsequence("1 Round 3, İstanbul", "2 Outcome", "2 Next steps agreed",
				"2 Delegations", "2 Hosts, mediators and observers", "2 Proposals", "3 Proposed by Україна",
				"2 Exchanges agreed", "3 Prisoners of war", "2 Memoranda delivered", "3 Меморандум", "2 Statements",
				"2 Sources", "2 Cite this page", "2 Licence");
	}

	@Test
	void endsWithTheDataLicenceAsALink() {
		assertThat(this.markdown).contains(
				"The compiled data is licensed under [Creative Commons Attribution 4.0 International](<https://creativecommons.org/licenses/by/4.0/>) (CC-BY-4.0). Short quotes from sources remain their authors'");
	}

	@Test
	void delegationsAndExchangesAreTables() {
		List<String> cells = new ArrayList<>();
		this.document.accept(new AbstractVisitor() {
			@Override
			public void visit(CustomNode node) {
				if (node instanceof TableCell) {
					cells.add(text(node).replaceAll("\\[\\^\\d+]", ""));
				}
				else {
					visitChildren(node);
				}
			}

			@Override
			public void visit(CustomBlock block) {
				visitChildren(block);
			}
		});
		assertThat(count(TableBlock.class)).isEqualTo(5);
		assertThat(cells).containsSubsequence("Party", "Person", "Role", "Title at the time", "Україна",
				SampleSummary.UMEROV, "Head of delegation", "Секретар РНБО", "Russia", SampleSummary.MEDINSKY);
		assertThat(cells).containsSubsequence("Receiving side", "Agreed", "Received so far", "Russia", "at least 1,200",
				"55 (figures differ)", "Україна", "1,200", "60");
		assertThat(cells).containsSubsequence("2", "June 2025".replace("June", "August"),
				"30 per Russia, 25 per Україна");
	}

	@Test
	void theTotalsThePartiesReportAreATableNamingThemAndFlaggingWhereTheFiguresDiffer() {
		List<String> cells = new ArrayList<>();
		this.document.accept(new AbstractVisitor() {
			@Override
			public void visit(CustomNode node) {
				if (node instanceof TableCell) {
					cells.add(text(node));
				}
				visitChildren(node);
			}

			@Override
			public void visit(CustomBlock block) {
				visitChildren(block);
			}
		});
		// Україна received 60 in the stages, as it reports; Russia reports handing over
		// 65.
		assertThat(cells).containsSubsequence("Reported figure", "In all", "Reported on",
				"Україна received, as Russia reports it", "65 (figures differ)", "3 August 2025[^2]",
				"Україна received, as Україна reports it", "60 (figures differ)", "2 August 2025[^1]");
		assertThat(this.markdown).doesNotContainIgnoringCase("side a").doesNotContainIgnoringCase("side b");
	}

	@Test
	void sourcesAreFootnotesThatEveryCitationResolvesTo() {
		Set<String> cited = markers(Pattern.compile("\\[\\^(\\d+)](?!:)"));
		Set<String> defined = markers(Pattern.compile("(?m)^\\[\\^(\\d+)]: "));
		assertThat(cited).containsExactly("1", "2");
		assertThat(defined).isEqualTo(cited);
		assertThat(this.markdown).contains("[^1]: **Українська правда**, *Переговори в Стамбулі*, 23 July 2025.")
			.contains("<https://example.org/a?b=1&c=2>");
	}

	@Test
	void specialCharactersAndLineBreaksInDataStayText() {
		String plain = TextContentRenderer.builder().extensions(EXTENSIONS).build().render(this.document);
		assertThat(plain).contains("Swap \"all for all\", then* more | later, said [the] <envoy> #1");
		// "1. Meet again" is the next steps' text, not a numbered list; "- no" is a
		// response, not a bullet.
		assertThat(plain).contains("1. Meet again").contains("Response: - no");
	}

	@Test
	void endsWithTheLineToCiteItWithItsPermanentUrlAndTheDayRetrievedThenTheLicence() {
		assertThat(this.markdown.strip()).contains(
				"Talks Tracker, “Round 3: Russia–Ukraine direct talks (2025)”, https://talks.example/rounds/istanbul-2025-07-23 (retrieved 26 November 2026).\n\n## Licence\n\n");
	}

	private Set<String> markers(Pattern pattern) {
		Set<String> numbers = new TreeSet<>();
		Matcher matcher = pattern.matcher(this.markdown);
		while (matcher.find()) {
			numbers.add(matcher.group(1));
		}
		return numbers;
	}

	private int count(Class<? extends Node> type) {
		int[] count = { 0 };
		this.document.accept(new AbstractVisitor() {
			@Override
			public void visit(CustomBlock block) {
				if (type.isInstance(block)) {
					count[0]++;
				}
				visitChildren(block);
			}

			@Override
			public void visit(CustomNode node) {
				if (type.isInstance(node)) {
					count[0]++;
				}
				visitChildren(node);
			}
		});
		return count[0];
	}

	private static String text(Node node) {
		StringBuilder text = new StringBuilder();
		node.accept(new AbstractVisitor() {
			@Override
			public void visit(Text literal) {
				text.append(literal.getLiteral());
			}
		});
		return text.toString();
	}

}
