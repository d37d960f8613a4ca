package org.talkstracker.timeline;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The processes the timeline's filter offers; its entries come from
 * {@link TimelineEntries}.
 */
interface TimelineRepository extends Repository<ContextEvent, Long> {

	@Query("""
			select new org.talkstracker.timeline.ProcessRef(p.slug, p.name, p.nameUk, p.nameRu, p.nameOriginal)
			from PeaceProcess p order by p.name, p.slug""")
	List<ProcessRef> findProcesses();

}
