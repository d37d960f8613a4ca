package org.talkstracker.translation;

import org.talkstracker.text.TextLanguage;
import org.talkstracker.text.WrittenTexts;

/**
 * One text of one fact, as its editors' page addresses it.
 *
 * @param kind the fact's kind, named by the message {@code admin.kind.<kind>}
 * @param name the fact's name for editors (its slug, a clause's memorandum and number)
 * @param field the text's column, named by the message {@code admin.text.<kind>.<field>}
 * @param address the text's editors' page
 * @param factAddress the fact's editing form
 */
record TextOfFact(String kind, String name, WrittenTexts fact, String field, String address, String factAddress) {

	String text() {
		return this.fact.text(this.field);
	}

	TextLanguage writtenIn() {
		return this.fact.writtenIn(this.field);
	}

}
