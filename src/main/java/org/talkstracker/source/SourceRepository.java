package org.talkstracker.source;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SourceRepository extends JpaRepository<Source, Long> {

	List<Source> findBySlugIn(Collection<String> slugs);

	Optional<Source> findBySlug(String slug);

	List<Source> findAllByOrderByPublisherAscTitleAsc();

}
