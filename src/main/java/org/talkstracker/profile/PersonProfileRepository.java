package org.talkstracker.profile;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.talkstracker.people.Person;
import org.talkstracker.statement.Statement;

/** The person page's queries: one per kind of fact, each reading only what is published. */
interface PersonProfileRepository extends Repository<Person, Long> {

	@EntityGraph(attributePaths = "aliases")
	Optional<Person> findBySlug(String slug);

	@Query("""
			select new org.talkstracker.profile.PersonAttendance(r.slug, r.number, p.name, r.heldOn, r.city,
			    a.slug, a.name, m.role, m.title)
			from DelegationMember m join m.delegation d join d.round r join r.process p join d.party a
			where m.person = :person and r.published
			order by r.heldOn desc, r.id desc""")
	List<PersonAttendance> findAttendance(Person person);

	/** The person's statements, with what they dispute and their sources. */
	@Query("""
			select s from Statement s join fetch s.party left join fetch s.speaker left join fetch s.round r
			left join fetch s.disputes d left join fetch d.speaker left join fetch d.party left join fetch d.round
			left join fetch s.sources
			where s.speaker = :person and (r is null or r.published)
			order by s.said.date desc nulls last, s.id desc""")
	List<Statement> findStatements(Person person);

	/** Statements, by anyone, that dispute one the person made. */
	@Query("""
			select s from Statement s join fetch s.party left join fetch s.speaker left join fetch s.round
			join fetch s.disputes d
			where d.speaker = :person order by s.id""")
	List<Statement> findStatementsDisputing(Person person);

}
