package org.talkstracker.memorandum;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.talkstracker.editing.Name;
import org.talkstracker.memorandum.MemorandumComparison.TopicRow;
import org.talkstracker.memorandum.MemorandumView.Author;
import org.talkstracker.memorandum.MemorandumView.ClauseView;
import org.talkstracker.text.Text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MemorandumComparisonTests {

	@Test
	void aTopicOnlyOneSideAddressesIsAGapOnTheOther() {
		MemorandumComparison comparison = new MemorandumComparison(
				memorandum("russian", clause(1, ClauseTopic.CEASEFIRE_CONDITIONS)), memorandum("ukrainian"));

		assertThat(comparison.rows()).singleElement().satisfies((row) -> {
			assertThat(row.topic()).isEqualTo(ClauseTopic.CEASEFIRE_CONDITIONS);
			assertThat(row.firstGap()).isFalse();
			assertThat(row.secondGap()).isTrue();
		});
	}

	@Test
	void rowsFollowTheOrderOfTopicsNotOfClauseNumbers() {
		MemorandumComparison comparison = new MemorandumComparison(
				memorandum("a", clause(1, ClauseTopic.SANCTIONS), clause(2, ClauseTopic.CEASEFIRE_CONDITIONS)),
				memorandum("b", clause(1, ClauseTopic.TERRITORY)));

		assertThat(comparison.rows()).extracting(TopicRow::topic)
			.containsExactly(ClauseTopic.CEASEFIRE_CONDITIONS, ClauseTopic.TERRITORY, ClauseTopic.SANCTIONS);
	}

	@Test
	void aTopicBothAddressHasTheClausesOfEachSideInNumberOrder() {
		MemorandumComparison comparison = new MemorandumComparison(
				memorandum("a", clause(1, ClauseTopic.HUMANITARIAN), clause(3, ClauseTopic.HUMANITARIAN)),
				memorandum("b", clause(2, ClauseTopic.HUMANITARIAN)));

		assertThat(comparison.rows()).singleElement().satisfies((row) -> {
			assertThat(row.first()).extracting(ClauseView::number).containsExactly(1, 3);
			assertThat(row.second()).extracting(ClauseView::number).containsExactly(2);
			assertThat(row.firstGap()).isFalse();
			assertThat(row.secondGap()).isFalse();
		});
	}

	@Test
	void topicsNeitherAddressesHaveNoRow() {
		MemorandumComparison comparison = new MemorandumComparison(memorandum("a"), memorandum("b"));

		assertThat(comparison.rows()).isEmpty();
	}

	@Test
	void everyTopicEitherAddressesHasARow() {
		ClauseView[] all = Arrays.stream(ClauseTopic.values())
			.map((topic) -> clause(topic.ordinal() + 1, topic))
			.toArray(ClauseView[]::new);

		MemorandumComparison comparison = new MemorandumComparison(memorandum("a", all), memorandum("b"));

		assertThat(comparison.rows()).hasSize(ClauseTopic.values().length).allMatch(TopicRow::secondGap);
	}

	@Test
	void aMemorandumIsNotComparedWithItself() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MemorandumComparison(memorandum("same"), memorandum("same")));
	}

	private static MemorandumView memorandum(String slug, ClauseView... clauses) {
		return new MemorandumView(slug, Name.of("Memorandum " + slug, null, null, null),
				Name.of("Process", null, null, null), new Author("russia", Name.of("Russia", null, null, null)), null,
				null, null, null, List.of(), List.of(clauses));
	}

	private static ClauseView clause(int number, ClauseTopic topic) {
		return new ClauseView(number, topic, Text.english("Clause " + number), List.of());
	}

}
