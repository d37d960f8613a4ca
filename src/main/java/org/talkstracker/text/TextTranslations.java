package org.talkstracker.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The translations of facts' texts, as the pages that show those texts read them: the
 * features' pages ask, the module that keeps the translations answers, so a feature never
 * depends on it.
 */
public interface TextTranslations {

	/**
	 * The translations of every text of the facts, named by kind and id, read in one
	 * statement whatever their number (none when there are no facts).
	 */
	TranslatedTexts of(Map<FactKind, ? extends Collection<Long>> facts);

	/** The translations of every text of these facts, read in one statement. */
	default TranslatedTexts of(Collection<? extends WrittenTexts> facts) {
		Map<FactKind, List<Long>> ids = new EnumMap<>(FactKind.class);
		facts.forEach((fact) -> ids.computeIfAbsent(fact.factKind(), (kind) -> new ArrayList<>()).add(fact.getId()));
		return of(ids);
	}

}
