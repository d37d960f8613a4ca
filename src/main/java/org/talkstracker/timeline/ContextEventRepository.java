package org.talkstracker.timeline;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.talkstracker.editing.FactName;
import org.talkstracker.process.PeaceProcess;
import org.talkstracker.process.ProcessDependants;
import org.talkstracker.source.SourceDependants;

public interface ContextEventRepository extends JpaRepository<ContextEvent, Long>, ProcessDependants, SourceDependants {

	List<ContextEvent> findByProcess(PeaceProcess process);

	@EntityGraph(attributePaths = { "process", "sources" })
	Optional<ContextEvent> findByProcess_SlugAndSlug(String process, String slug);

	@Query("""
			select new org.talkstracker.timeline.ContextEventListing(p.slug, p.name, e.slug, e.title, e.occurred.date)
			from ContextEvent e join e.process p order by e.occurred.date desc, e.id desc""")
	List<ContextEventListing> findListings();

	@Query(nativeQuery = true,
			value = "select 'context_event' as kind, e.title as name from context_event e where e.process_id = :process")
	@Override
	List<FactName> ofProcess(long process);

	@Query(nativeQuery = true,
			value = """
					select 'context_event' as kind, e.title as name from citation c join context_event e on e.id = c.context_event_id
					where c.source_id = :source""")
	@Override
	List<FactName> citing(long source);

	/**
	 * Where this feature's facts come among a round's, and its records among those naming
	 * a party, person or source: as the round's page orders them.
	 */
	@Override
	default int getOrder() {
		return 6;
	}

}
