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
import org.talkstracker.editing.FactName;
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

	/**
	 * The delegations of a round, with their parties, members and people, in one
	 * statement.
	 */
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
			order by r.heldOn desc, r.id desc""",
			countQuery = "select count(r) from Round r where r.published")
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

	/** A round whether published or not, for editors. */
	@EntityGraph(attributePaths = { "process", "sources" })
	Optional<Round> findBySlug(String slug);

	@Query("""
			select new org.talkstracker.round.RoundAdminListing(r.slug, r.number, p.name, r.heldOn, r.city, r.status,
			    r.published, r.updatedAt)
			from Round r join r.process p order by r.heldOn desc, r.id desc""")
	List<RoundAdminListing> findAdminListings();

	/**
	 * Every fact of the round that cites no source: the round, its parts, memoranda
	 * delivered and statements about it.
	 */
	@Query(nativeQuery = true, value = """
			select 'round' as kind, r.slug as name from round r
			where r.id = :round and not exists (select 1 from citation c where c.round_id = r.id)
			union all
			select 'delegation', p.name from delegation d join party p on p.id = d.party_id
			where d.round_id = :round and not exists (select 1 from citation c where c.delegation_id = d.id)
			union all
			select 'third_party', p.name from third_party t join party p on p.id = t.party_id
			where t.round_id = :round and not exists (select 1 from citation c where c.third_party_id = t.id)
			union all
			select 'proposal', x.title from proposal x
			where x.round_id = :round and not exists (select 1 from citation c where c.proposal_id = x.id)
			union all
			select 'exchange_agreement', e.slug from exchange_agreement e
			where e.round_id = :round and not exists (select 1 from citation c where c.exchange_agreement_id = e.id)
			union all
			select 'exchange_stage', e.slug || ' #' || s.sequence from exchange_stage s
			join exchange_agreement e on e.id = s.agreement_id
			where e.round_id = :round and not exists (select 1 from citation c where c.exchange_stage_id = s.id)
			union all
			select 'memorandum', m.title from memorandum m
			where m.round_id = :round and not exists (select 1 from citation c where c.memorandum_id = m.id)
			union all
			select 'clause', m.title || ' §' || k.number from clause k join memorandum m on m.id = k.memorandum_id
			where m.round_id = :round and not exists (select 1 from citation c where c.clause_id = k.id)
			union all
			select 'statement', s.slug from statement s
			where s.round_id = :round and not exists (select 1 from citation c where c.statement_id = s.id)""")
	List<FactName> findUnsourcedFacts(long round);

	/** Records of their own that refer to the round: they keep it from being deleted. */
	@Query(nativeQuery = true, value = """
			select 'memorandum' as kind, m.title as name from memorandum m where m.round_id = :round
			union all
			select 'statement', s.slug from statement s where s.round_id = :round""")
	List<FactName> findDependants(long round);

	/** What is deleted along with the round. */
	@Query(nativeQuery = true, value = """
			select 'delegation' as kind, p.name as name from delegation d join party p on p.id = d.party_id
			where d.round_id = :round
			union all
			select 'third_party', p.name from third_party t join party p on p.id = t.party_id where t.round_id = :round
			union all
			select 'proposal', x.title from proposal x where x.round_id = :round
			union all
			select 'exchange_agreement', e.slug from exchange_agreement e where e.round_id = :round""")
	List<FactName> findParts(long round);

}
