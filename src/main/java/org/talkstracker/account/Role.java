package org.talkstracker.account;

/** What an account may do: editors enter data; administrators also manage accounts. */
public enum Role {

	EDITOR, ADMIN

}
