package org.talkstracker.editing;

/**
 * A record named for editors: its kind ("proposal", "statement", …, named by the message
 * {@code admin.kind.<kind>}) and how they know it. Native queries project into it.
 */
public interface FactName {

	String getKind();

	String getName();

	static FactName of(String kind, String name) {
		return new Named(kind, name);
	}

	record Named(String kind, String name) implements FactName {

		@Override
		public String getKind() {
			return this.kind;
		}

		@Override
		public String getName() {
			return this.name;
		}

	}

}
