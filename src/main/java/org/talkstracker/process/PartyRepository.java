package org.talkstracker.process;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PartyRepository extends JpaRepository<Party, Long> {

	List<Party> findBySlugIn(Collection<String> slugs);

	Optional<Party> findBySlug(String slug);

	List<Party> findAllByOrderByName();

}
