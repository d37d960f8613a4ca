package org.talkstracker.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<Person, Long> {

	@EntityGraph(attributePaths = "aliases")
	List<Person> findBySlugIn(Collection<String> slugs);

	Optional<Person> findBySlug(String slug);

	@EntityGraph(attributePaths = "aliases")
	List<Person> findAllWithAliasesByOrderByName();

}
