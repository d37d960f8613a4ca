package org.talkstracker.account;

/**
 * An account change that would lock the site out of its own administration; carries the
 * message key to show.
 */
class AccountChangeRefusedException extends RuntimeException {

	private final String messageKey;

	AccountChangeRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String getMessageKey() {
		return this.messageKey;
	}

}
