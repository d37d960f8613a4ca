package org.talkstracker.process;

import java.util.List;

import org.springframework.core.Ordered;
import org.talkstracker.editing.FactName;

/**
 * A feature's records that refer to a peace process or a party, named for editors: they
 * keep it from being deleted. Each feature answers for its own tables; the process and
 * party editors ask them all, in their {@code @Order}.
 */
public interface ProcessDependants extends Ordered {

	default List<FactName> ofProcess(long process) {
		return List.of();
	}

	default List<FactName> ofParty(long party) {
		return List.of();
	}

}
