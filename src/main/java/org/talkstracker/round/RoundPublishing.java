package org.talkstracker.round;

import org.springframework.stereotype.Component;

/**
 * Publishes a round for another module: a publication a second editor approves (the
 * two-person rule) is made as the round's editors make one.
 */
@Component
public class RoundPublishing {

	private final RoundEditor editor;

	RoundPublishing(RoundEditor editor) {
		this.editor = editor;
	}

	/**
	 * Publishes the round unless one of its facts cites no source.
	 * @return whether it was published
	 */
	public boolean publish(String slug) {
		return this.editor.publish(slug).isEmpty();
	}

}
