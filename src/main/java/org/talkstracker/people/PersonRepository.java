package org.talkstracker.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.talkstracker.editing.FactName;

public interface PersonRepository extends JpaRepository<Person, Long> {

	@EntityGraph(attributePaths = "aliases")
	List<Person> findBySlugIn(Collection<String> slugs);

	Optional<Person> findBySlug(String slug);

	List<Person> findAllByOrderByName();

	@EntityGraph(attributePaths = "aliases")
	List<Person> findAllWithAliasesByOrderByName();

	/** Where the person appears, named for editors: it keeps them from being deleted. */
	@Query(nativeQuery = true, value = """
			select 'member' as kind, r.slug || ': ' || p.name as name from delegation_member m
			join delegation d on d.id = m.delegation_id join round r on r.id = d.round_id
			join party p on p.id = d.party_id
			where m.person_id = :person
			union all
			select 'statement', s.slug from statement s where s.speaker_id = :person""")
	List<FactName> findDependants(long person);

}
