package org.talkstracker.timeline;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.talkstracker.editing.FactName;
import org.talkstracker.process.ProcessDependants;
import org.talkstracker.source.SourceDependants;

/** Context events, as they belong to a process and cite sources. */
@Component
@Order(6)
class ContextEventReferences implements ProcessDependants, SourceDependants {

	private final ContextEventRepository events;

	ContextEventReferences(ContextEventRepository events) {
		this.events = events;
	}

	@Override
	public List<FactName> ofProcess(long process) {
		return this.events.findNamesInProcess(process);
	}

	@Override
	public List<FactName> citing(long source) {
		return this.events.findNamesCiting(source);
	}

}
