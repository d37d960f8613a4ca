package org.talkstracker.text;

/**
 * The kinds of fact whose texts are written in a language and translated: a fact is named
 * by its kind and id wherever its texts' translations are looked up.
 */
public enum FactKind {

	ROUND, PROPOSAL, MEMORANDUM, CLAUSE, STATEMENT

}
