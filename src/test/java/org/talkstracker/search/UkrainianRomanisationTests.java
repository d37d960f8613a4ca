package org.talkstracker.search;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The examples the Cabinet of Ministers' resolution 55 (2010) gives with its table. */
class UkrainianRomanisationTests {

	@ParameterizedTest
	@CsvSource({ "Алушта, Alushta", "Борщагівка, Borshchahivka", "Вишгород, Vyshhorod", "Гадяч, Hadiach",
			"Згорани, Zghorany", "Ґалаґан, Galagan", "Дон, Don", "Рівне, Rivne", "Єнакієве, Yenakiieve",
			"Наталія, Nataliia", "Житомир, Zhytomyr", "Закарпаття, Zakarpattia", "Медвин, Medvyn", "Іршава, Irshava",
			"Їжакевич, Yizhakevych", "Кадиївка, Kadyivka", "Йосипівка, Yosypivka", "Стрий, Stryi", "Київ, Kyiv",
			"Лебедин, Lebedyn", "Миколаїв, Mykolaiv", "Ніжин, Nizhyn", "Одеса, Odesa", "Полтава, Poltava",
			"Ромни, Romny", "Суми, Sumy", "Тетерів, Teteriv", "Ужгород, Uzhhorod", "Фастів, Fastiv", "Харків, Kharkiv",
			"Біла Церква, Bila Tserkva", "Чернівці, Chernivtsi", "Шостка, Shostka", "Гоща, Hoshcha",
			"Русанівка, Rusanivka", "Юрій, Yurii", "Корюківка, Koriukivka", "Яготин, Yahotyn", "Костянтин, Kostiantyn",
			"Знам'янка, Znamianka", "Феодосія, Feodosiia", "Розгон, Rozghon", "Щербухи, Shcherbukhy" })
	void writesTheResolutionsExamplesAsItDoes(String ukrainian, String latin) {
		assertThat(UkrainianRomanisation.romanise(ukrainian)).isEqualTo(latin);
	}

	@ParameterizedTest
	@CsvSource({ "Умєров, Umierov", "Кислиця, Kyslytsia", "ЮРІЙ, YURII" })
	void writesNamesInTheNewsAsUkrainianPassportsDo(String ukrainian, String latin) {
		assertThat(UkrainianRomanisation.romanise(ukrainian)).isEqualTo(latin);
	}

}
