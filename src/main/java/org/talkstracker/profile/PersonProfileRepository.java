package org.talkstracker.profile;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.talkstracker.people.Person;

/**
 * The person page's queries: one page of each list, each reading only what is published.
 */
interface PersonProfileRepository extends Repository<Person, Long> {

	@EntityGraph(attributePaths = "aliases")
	Optional<Person> findBySlug(String slug);

	@Query("""
			select new org.talkstracker.profile.PersonAttendance(r.slug, r.number,
			    p.name, p.nameUk, p.nameRu, p.nameOriginal, r.heldOn, r.city, r.cityUk, r.cityRu, r.cityOriginal,
			    a.slug, a.name, a.nameUk, a.nameRu, a.nameOriginal, m.role, m.title)
			from DelegationMember m join m.delegation d join d.round r join r.process p join d.party a
			where m.person = :person and r.published
			order by r.heldOn desc, r.id desc""")
	List<PersonAttendance> findAttendance(Person person, Pageable pageable);

	/** A page of the person's statements, newest first. */
	@Query("""
			select s.id from Statement s left join s.round r
			where s.speaker = :person and (r is null or r.published)
			order by s.said.date desc nulls last, s.id desc""")
	List<Long> findStatementIds(Person person, Pageable pageable);

}
