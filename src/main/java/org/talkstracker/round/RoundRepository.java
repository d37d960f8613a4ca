package org.talkstracker.round;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.talkstracker.editing.FactName;
import org.talkstracker.people.PersonDependants;
import org.talkstracker.process.PeaceProcess;
import org.talkstracker.process.ProcessDependants;
import org.talkstracker.source.SourceDependants;

public interface RoundRepository
		extends JpaRepository<Round, Long>, ProcessDependants, PersonDependants, SourceDependants {

	boolean existsBySlugAndPublishedTrue(String slug);

	@EntityGraph(attributePaths = "process")
	List<Round> findBySlugIn(Collection<String> slugs);

	/** Every round of the given processes, drafts too, as lists show them. */
	@Query("""
			select new org.talkstracker.round.RoundListing(r.slug, r.number, p.name, p.nameUk, p.nameRu, p.nameOriginal,
			    p.slug, r.heldOn, r.city, r.cityUk, r.cityRu, r.cityOriginal, r.venue, r.venueUk, r.venueRu,
			    r.venueOriginal, r.status)
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
	/** The time zone of the process's latest round that has one. */
	@Query(nativeQuery = true, value = """
			select time_zone from round where process_id = :#{#process.id} and time_zone is not null
			order by held_on desc, number desc limit 1""")
	Optional<String> findLatestTimeZone(PeaceProcess process);

	/** The time zones rounds have been held in, the most recent first. */
	@Query(nativeQuery = true, value = """
			select time_zone from round where time_zone is not null
			group by time_zone order by max(held_on) desc limit 20""")
	List<String> findTimeZones();

	@Query("""
			select t from ThirdParty t join fetch t.party left join fetch t.sources
			where t.round = :round order by t.role, t.id""")
	List<ThirdParty> findThirdParties(Round round);

	@Query(value = """
			select new org.talkstracker.round.RoundListing(r.slug, r.number, p.name, p.nameUk, p.nameRu, p.nameOriginal,
			    p.slug, r.heldOn, r.city, r.cityUk, r.cityRu, r.cityOriginal, r.venue, r.venueUk, r.venueRu,
			    r.venueOriginal, r.status)
			from Round r join r.process p where r.published
			order by r.heldOn desc, r.id desc""", countQuery = "select count(r) from Round r where r.published")
	Page<RoundListing> findPublished(Pageable pageable);

	/** A round whether published or not, for editors. */
	@Query("select r from Round r join fetch r.process left join fetch r.sources where r.slug = :slug")
	Optional<Round> findBySlug(String slug);

	/** The round an editor works on, draft or published; none is a 404 page. */
	default Round forEditing(String slug) {
		return findBySlug(slug).orElseThrow(() -> new RoundNotFoundForEditing(slug));
	}

	@Query("""
			select new org.talkstracker.round.RoundAdminListing(r.slug, r.number, p.name, r.heldOn, r.city, r.status,
			    r.published, case when exists (select 1 from RoundWithdrawal w where w.roundId = r.id) then true else false end,
			    r.updatedAt)
			from Round r join r.process p order by r.heldOn desc, r.id desc""")
	List<RoundAdminListing> findAdminListings();

	/**
	 * The round's own facts that cite no source: the round, its delegations and third
	 * parties.
	 */
	@Query(nativeQuery = true, value = """
			select 'round' as kind, r.slug as name from round r
			where r.id = :round and not exists (select 1 from citation c where c.round_id = r.id)
			union all
			select 'delegation', p.name from delegation d join party p on p.id = d.party_id
			where d.round_id = :round and not exists (select 1 from citation c where c.delegation_id = d.id)
			union all
			select 'third_party', p.name from third_party t join party p on p.id = t.party_id
			where t.round_id = :round and not exists (select 1 from citation c where c.third_party_id = t.id)""")
	List<FactName> findUnsourcedFacts(long round);

	/** The round's own facts, deleted along with it. */
	@Query(nativeQuery = true,
			value = """
					select 'delegation' as kind, p.name as name from delegation d join party p on p.id = d.party_id
					where d.round_id = :round
					union all
					select 'third_party', p.name from third_party t join party p on p.id = t.party_id where t.round_id = :round""")
	List<FactName> findParts(long round);

	/** The rounds of a process, named for editors. */
	@Query(nativeQuery = true,
			value = "select 'round' as kind, r.slug as name from round r where r.process_id = :process")
	@Override
	List<FactName> ofProcess(long process);

	/** The delegations and third parties a party sent or was, named by their rounds. */
	@Query(nativeQuery = true,
			value = """
					select 'delegation' as kind, r.slug as name from delegation d join round r on r.id = d.round_id
					where d.party_id = :party
					union all
					select 'third_party', r.slug from third_party t join round r on r.id = t.round_id where t.party_id = :party""")
	@Override
	List<FactName> ofParty(long party);

	/** The delegations a person sat in, named by round and party. */
	@Query(nativeQuery = true, value = """
			select 'member' as kind, r.slug || ': ' || p.name as name from delegation_member m
			join delegation d on d.id = m.delegation_id join round r on r.id = d.round_id
			join party p on p.id = d.party_id
			where m.person_id = :person""")
	@Override
	List<FactName> of(long person);

	/** The round's facts that cite a source: rounds, delegations and third parties. */
	@Query(nativeQuery = true, value = """
			select 'round' as kind, r.slug as name from citation c join round r on r.id = c.round_id
			where c.source_id = :source
			union all
			select 'delegation', r.slug || ': ' || p.name from citation c join delegation d on d.id = c.delegation_id
			join round r on r.id = d.round_id join party p on p.id = d.party_id where c.source_id = :source
			union all
			select 'third_party', r.slug || ': ' || p.name from citation c join third_party t on t.id = c.third_party_id
			join round r on r.id = t.round_id join party p on p.id = t.party_id where c.source_id = :source""")
	@Override
	List<FactName> citing(long source);

	/**
	 * Where this feature's facts come among a round's, and its records among those naming
	 * a party, person or source: as the round's page orders them.
	 */
	@Override
	default int getOrder() {
		return 1;
	}

}
