package org.talkstracker.process;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PartyRepository extends JpaRepository<Party, Long> {

	List<Party> findBySlugIn(Collection<String> slugs);

}
