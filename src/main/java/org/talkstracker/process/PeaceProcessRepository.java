package org.talkstracker.process;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PeaceProcessRepository extends JpaRepository<PeaceProcess, Long> {

	@EntityGraph(attributePaths = "parties")
	List<PeaceProcess> findBySlugIn(Collection<String> slugs);

	@EntityGraph(attributePaths = "parties")
	List<PeaceProcess> findAllByOrderByName();

	Optional<PeaceProcess> findBySlug(String slug);

}
