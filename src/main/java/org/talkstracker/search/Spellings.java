package org.talkstracker.search;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.ibm.icu.text.Transliterator;

/**
 * The keys under which a word of a name is found, whatever its script and spelling: two
 * words with a key in common are spellings of one name. A word in Cyrillic is written in
 * Latin letters three ways (the BGN/PCGN romanisations of Ukrainian and of Russian, and
 * Ukraine's own, {@link UkrainianRomanisation}); any other script through ICU's
 * Any-Latin. Each Latin spelling is then reduced to plain ASCII (Çırağan, Cıragan:
 * ciragan) and folded over what English-language reports spell in several ways: y is i,
 * ch is c, a doubled letter is one, and an i before a vowel is left out. So Umerov,
 * Umierov, Umyerov, Умеров and Умєров share the key {@code umerov}; Kyslytsya, Kyslytsia
 * and Кислиця share {@code kislitsa}; Çırağan and Чираган share {@code ciragan}.
 */
final class Spellings {

	private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

	private static final Pattern LATIN_ONLY = Pattern.compile("[\\p{IsLatin}\\p{N}\\p{M}]*");

	private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z0-9]");

	private static final Pattern DOUBLED = Pattern.compile("([a-z])\\1+");

	private static final Pattern I_BEFORE_A_VOWEL = Pattern.compile("i(?=[aeou])");

	// Thread-safe once built (ICU documents transliterators as immutable).
	private static final Transliterator UKRAINIAN_BGN = Transliterator.getInstance("Ukrainian-Latin/BGN");

	private static final Transliterator RUSSIAN_BGN = Transliterator.getInstance("Russian-Latin/BGN");

	private static final Transliterator ANY_LATIN = Transliterator.getInstance("Any-Latin");

	private static final Transliterator LATIN_ASCII = Transliterator.getInstance("Latin-ASCII");

	/** Names are few and stable; a word is folded once, not on every search. */
	private static final Cache<String, Set<String>> KEYS = Caffeine.newBuilder().maximumSize(200_000).build();

	private Spellings() {
	}

	/**
	 * The keys of one word (letters and digits, as {@link SearchTerms#words} splits
	 * them).
	 */
	static Set<String> keys(String word) {
		return KEYS.get(word.toLowerCase(Locale.ROOT), Spellings::fold);
	}

	private static Set<String> fold(String word) {
		Set<String> keys = new LinkedHashSet<>();
		if (CYRILLIC.matcher(word).find()) {
			keys.add(key(UKRAINIAN_BGN.transliterate(word)));
			keys.add(key(RUSSIAN_BGN.transliterate(word)));
			keys.add(key(UkrainianRomanisation.romanise(word)));
		}
		else if (LATIN_ONLY.matcher(word).matches()) {
			keys.add(key(word));
		}
		else {
			keys.add(key(ANY_LATIN.transliterate(word)));
		}
		keys.remove("");
		return Set.copyOf(keys);
	}

	private static String key(String latin) {
		String ascii = Normalizer.normalize(LATIN_ASCII.transliterate(latin), Normalizer.Form.NFD)
			.toLowerCase(Locale.ROOT);
		String letters = NOT_A_LETTER.matcher(ascii).replaceAll("");
		String folded = letters.replace('y', 'i').replace('j', 'i').replace("ch", "c");
		folded = DOUBLED.matcher(folded).replaceAll("$1");
		return I_BEFORE_A_VOWEL.matcher(folded).replaceAll("");
	}

}
