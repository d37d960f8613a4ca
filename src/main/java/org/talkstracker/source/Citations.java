package org.talkstracker.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Replaces what a fact cites (or any collection an import or edit rewrites) only when it
 * changed, so that writing the same data twice changes no row.
 */
public final class Citations {

	private Citations() {
	}

	public static <T> void replace(Collection<T> current, Collection<? extends T> replacement) {
		if (!sameElements(current, replacement)) {
			current.clear();
			current.addAll(replacement);
		}
	}

	private static <T> boolean sameElements(Collection<T> current, Collection<? extends T> replacement) {
		return (current instanceof List) ? new ArrayList<>(current).equals(new ArrayList<>(replacement))
				: current.size() == replacement.size() && current.containsAll(replacement);
	}

}
