package org.talkstracker.round;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.talkstracker.process.PeaceProcess;

public interface RoundRepository extends JpaRepository<Round, Long> {

	@EntityGraph(attributePaths = { "process", "sources" })
	Optional<Round> findBySlugAndPublishedTrue(String slug);

	@EntityGraph(attributePaths = "process")
	List<Round> findBySlugIn(Collection<String> slugs);

	/** Every round of the given processes, drafts too, as lists show them. */
	@Query("""
			select new org.talkstracker.round.RoundListing(r.slug, r.number, p.name, p.slug, r.heldOn, r.city, r.venue, r.status)
			from Round r join r.process p where p.slug in :processSlugs""")
	List<RoundListing> findListingsByProcessSlugIn(Collection<String> processSlugs);

	/** The delegations of a round, with their parties, members and people, in one statement. */
	@Query("""
			select d from Delegation d join fetch d.party
			left join fetch d.members m left join fetch m.person
			where d.round = :round order by d.id""")
	List<Delegation> findDelegationsWithMembers(Round round);

	/** Loads the sources of the delegations already in the persistence context. */
	@Query("select d from Delegation d left join fetch d.sources where d.round = :round")
	List<Delegation> findDelegationsWithSources(Round round);

	@Query("""
			select t from ThirdParty t join fetch t.party left join fetch t.sources
			where t.round = :round order by t.role, t.id""")
	List<ThirdParty> findThirdParties(Round round);

	@Query(value = """
			select new org.talkstracker.round.RoundListing(r.slug, r.number, p.name, p.slug, r.heldOn, r.city, r.venue, r.status)
			from Round r join r.process p where r.published
			order by r.heldOn desc, r.id desc""", countQuery = "select count(r) from Round r where r.published")
	Page<RoundListing> findPublished(Pageable pageable);

	@Query("""
			select new org.talkstracker.round.RoundListing(r.slug, r.number, p.name, p.slug, r.heldOn, r.city, r.venue, r.status)
			from Round r join r.process p
			where r.published and r.process = :process and r.number in (:previous, :next)
			order by r.number""")
	List<RoundListing> findNeighbours(PeaceProcess process, int previous, int next);

	@Query("""
			select new org.talkstracker.round.RoundListing(r.slug, r.number, p.name, p.slug, r.heldOn, r.city, r.venue, r.status)
			from Round r join r.process p
			where r.published and r.status = org.talkstracker.round.RoundStatus.HELD
			order by r.heldOn desc, r.id desc limit 1""")
	Optional<RoundListing> findLatestHeld();

	@Query("""
			select new org.talkstracker.round.RoundListing(r.slug, r.number, p.name, p.slug, r.heldOn, r.city, r.venue, r.status)
			from Round r join r.process p
			where r.published and r.status = org.talkstracker.round.RoundStatus.SCHEDULED and r.heldOn >= :today
			order by r.heldOn, r.id limit 1""")
	Optional<RoundListing> findNextScheduled(LocalDate today);

}
