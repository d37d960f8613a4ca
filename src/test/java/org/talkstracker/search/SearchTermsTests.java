package org.talkstracker.search;

import java.util.Map;
import java.util.Set;

import org.talkstracker.editing.Name;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTermsTests {

	@Test
	void keepsOnlyLettersAndDigitsInAnyScript() {
		assertThat(SearchTerms.of("'); DROP TABLE round; -- & Умєров | 2025!").words()).containsExactly("drop", "table",
				"round", "умєров", "2025");
	}

	@Test
	void everyWordMustMatchAndANameMatchesItsOtherSpellings() {
		SearchTerms terms = SearchTerms.of("Umierov children");

		assertThat(terms.tsquery(Map.of("umierov", Set.of("umierov", "umerov"))))
			.isEqualTo("('umerov' | 'umierov') & ('children')");
	}

	@Test
	void quotesApostrophesHyphensAndDotsOnlySeparateWords() {
		assertThat(SearchTerms.words("\"Valerii\" Zaluzhnyi, O'Brien, Мар'яна, Jean-Pierre, J.R.").toList())
			.containsExactly("valerii", "zaluzhnyi", "o", "brien", "мар", "яна", "jean", "pierre", "j", "r");
	}

	@Test
	void blankTextSearchesNothing() {
		assertThat(SearchTerms.of("  ,;  ").isEmpty()).isTrue();
		assertThat(SearchTerms.of(null).isEmpty()).isTrue();
	}

	@Test
	void storedMarkupInASnippetStaysText() {
		SearchHit hit = new SearchHit(SearchHit.Kind.ROUND, "r", "r", 1, Name.of("P", null, null, null), null, null,
				null, "<script>alert(1)</script> " + SearchHit.START + "word" + SearchHit.STOP);

		assertThat(hit.snippetHtml()).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; <mark>word</mark>");
	}

}
