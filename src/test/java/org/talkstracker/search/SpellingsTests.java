package org.talkstracker.search;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpellingsTests {

	@ParameterizedTest
	@CsvSource({ "Umerov, Umierov", "Umerov, Umyerov", "Umerov, Умеров", "Umerov, Умєров", "Kyslytsya, Kyslytsia",
			"Kyslytsya, Кислиця", "Kyslytsia, Кислиця", "Çırağan, Ciragan", "Çırağan, Cıragan", "Çırağan, Чираган",
			"Medinsky, Medinskiy", "Medinsky, Мединский", "Medinsky, Мединський", "Zghorany, Згорани", "Yurii, Юрій",
			"Erdoğan, Erdogan" })
	void spellingsOfOneNameShareAKey(String one, String other) {
		assertThat(Spellings.keys(one)).containsAnyElementsOf(Spellings.keys(other));
	}

	@ParameterizedTest
	@CsvSource({ "Umerov, Medinsky", "Kyslytsya, Kostyukov", "Ciragan, Dolmabahce", "Luhovskyi, Poklad" })
	void differentNamesDoNot(String one, String other) {
		assertThat(Spellings.keys(one)).doesNotContainAnyElementsOf(Spellings.keys(other));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			О'Браєн
			Мар'яна
			Jean-Pierre
			ʼ
			Ωμέγα
			""")
	void anyWordHasKeysOfPlainLettersWhateverItHolds(String word) {
		assertThat(Spellings.keys(word)).allMatch((key) -> key.matches("[a-z0-9]*"));
	}

}
