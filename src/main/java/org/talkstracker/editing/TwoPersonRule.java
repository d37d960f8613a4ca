package org.talkstracker.editing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The setting {@code talks.editing.two-person-rule} (off unless set): when on, a round's
 * first publication and every later change of a published round need a second editor's
 * approval, and the release names both. Read at every save rather than once, so that
 * tests can switch it on for a test and back without another application.
 */
@Component
@ConfigurationProperties("talks.editing")
public class TwoPersonRule {

	private volatile boolean twoPersonRule;

	public boolean isOn() {
		return this.twoPersonRule;
	}

	public boolean isTwoPersonRule() {
		return this.twoPersonRule;
	}

	public void setTwoPersonRule(boolean twoPersonRule) {
		this.twoPersonRule = twoPersonRule;
	}

}
