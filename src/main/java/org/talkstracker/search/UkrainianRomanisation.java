package org.talkstracker.search;

import java.util.Map;

/**
 * Ukraine's official romanisation of 2010 (Cabinet of Ministers resolution 55 of 27
 * January 2010), the spelling of passports and road signs: Юрій is Yurii, Згорани is
 * Zghorany. ICU has no transliterator for it. Є, Ї, Й, Ю and Я are written Ye, Yi, Y, Yu
 * and Ya at the start of a word and ie, i, i, iu and ia elsewhere; зг is zgh; the soft
 * sign and the apostrophe are left out.
 */
final class UkrainianRomanisation {

	private static final Map<Character, String> LETTERS = Map.ofEntries(Map.entry('а', "a"), Map.entry('б', "b"),
			Map.entry('в', "v"), Map.entry('г', "h"), Map.entry('ґ', "g"), Map.entry('д', "d"), Map.entry('е', "e"),
			Map.entry('є', "ie"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "y"), Map.entry('і', "i"),
			Map.entry('ї', "i"), Map.entry('й', "i"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"),
			Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"),
			Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"),
			Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ь', ""),
			Map.entry('ю', "iu"), Map.entry('я', "ia"));

	private static final Map<Character, String> AT_WORD_START = Map.of('є', "ye", 'ї', "yi", 'й', "y", 'ю', "yu", 'я',
			"ya");

	private UkrainianRomanisation() {
	}

	static String romanise(String text) {
		StringBuilder latin = new StringBuilder(text.length() + 8);
		boolean wordStart = true;
		char previous = 0;
		for (int i = 0; i < text.length(); i++) {
			char letter = text.charAt(i);
			char lower = Character.toLowerCase(letter);
			if (isApostrophe(letter) && !wordStart) {
				continue;
			}
			String written = wordStart ? AT_WORD_START.getOrDefault(lower, LETTERS.get(lower)) : LETTERS.get(lower);
			if (lower == 'г' && Character.toLowerCase(previous) == 'з') {
				written = "gh";
			}
			if (written == null) {
				latin.append(letter);
			}
			else if (Character.isUpperCase(letter) && !written.isEmpty()) {
				boolean wholeWordInCapitals = i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1));
				latin.append(wholeWordInCapitals ? written.toUpperCase()
						: Character.toUpperCase(written.charAt(0)) + written.substring(1));
			}
			else {
				latin.append(written);
			}
			wordStart = !Character.isLetter(letter);
			previous = letter;
		}
		return latin.toString();
	}

	private static boolean isApostrophe(char c) {
		return c == '\'' || c == '\u2019' || c == '\u02BC';
	}

}
