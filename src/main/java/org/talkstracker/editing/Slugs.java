package org.talkstracker.editing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Slugs made from what an editor typed (a name, a title), for the short forms that add
 * several records at once without asking for an address each: letters without their
 * accents, digits, and dashes, as the slugs typed by hand are.
 */
public final class Slugs {

	/** Well within the 120 characters the schema keeps, with room for a number. */
	private static final int SHORTENED = 60;

	private Slugs() {
	}

	/** The words of the text as a slug, cut at a dash when long; "item" for no words. */
	public static String of(String text) {
		String plain = Normalizer.normalize((text != null) ? text : "", Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('ı', 'i')
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (plain.length() > SHORTENED) {
			int cut = plain.lastIndexOf('-', SHORTENED);
			plain = plain.substring(0, (cut > 0) ? cut : SHORTENED);
		}
		return plain.isEmpty() ? "item" : plain;
	}

	/** The slug of the text, numbered (-2, -3, …) while a record already has it. */
	public static String unique(String text, Predicate<String> taken) {
		String base = of(text);
		String slug = base;
		for (int n = 2; taken.test(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

}
