package org.talkstracker.editing;

import java.util.List;

/**
 * What a delete confirmation shows: the records that depend on the one to delete (which
 * refuse the delete until they are changed), and the parts deleted along with it.
 */
public record DeleteImpact(List<FactName> dependants, List<FactName> parts) {

	public static final DeleteImpact NONE = new DeleteImpact(List.of(), List.of());

	public boolean refused() {
		return !this.dependants.isEmpty();
	}

}
