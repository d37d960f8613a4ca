package org.talkstracker.source;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SourceRepository extends JpaRepository<Source, Long> {

	List<Source> findBySlugIn(Collection<String> slugs);

}
