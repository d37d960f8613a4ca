package org.talkstracker.process;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.talkstracker.editing.FactName;

public interface PeaceProcessRepository extends JpaRepository<PeaceProcess, Long> {

	@EntityGraph(attributePaths = "parties")
	List<PeaceProcess> findBySlugIn(Collection<String> slugs);

	@EntityGraph(attributePaths = "parties")
	List<PeaceProcess> findAllByOrderByName();

	Optional<PeaceProcess> findBySlug(String slug);

	/**
	 * What happened in the process, named for editors: it keeps the process from being
	 * deleted.
	 */
	@Query(nativeQuery = true, value = """
			select 'round' as kind, r.slug as name from round r where r.process_id = :process
			union all
			select 'memorandum', m.title from memorandum m where m.process_id = :process
			union all
			select 'statement', s.slug from statement s where s.process_id = :process
			union all
			select 'context_event', e.title from context_event e where e.process_id = :process""")
	List<FactName> findDependants(long process);

}
