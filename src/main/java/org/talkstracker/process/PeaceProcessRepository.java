package org.talkstracker.process;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PeaceProcessRepository extends JpaRepository<PeaceProcess, Long> {

	@EntityGraph(attributePaths = "parties")
	List<PeaceProcess> findBySlugIn(Collection<String> slugs);

	/**
	 * Every process with its parties, by name. Written out so that Hibernate keeps its
	 * translation, as for every query a reader page runs.
	 */
	@Query("select p from PeaceProcess p left join fetch p.parties order by p.name")
	List<PeaceProcess> findAllByOrderByName();

	Optional<PeaceProcess> findBySlug(String slug);

}
