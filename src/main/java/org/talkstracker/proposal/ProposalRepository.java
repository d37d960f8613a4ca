package org.talkstracker.proposal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.talkstracker.editing.FactName;
import org.talkstracker.round.Round;

public interface ProposalRepository extends JpaRepository<Proposal, Long> {

	@Query("""
			select p from Proposal p join fetch p.party left join fetch p.sources
			where p.round = :round order by p.position""")
	List<Proposal> findByRoundWithSources(Round round);

	List<Proposal> findByRound(Round round);

	@EntityGraph(attributePaths = { "party", "sources" })
	Optional<Proposal> findByRoundAndSlug(Round round, String slug);

	long countByRound(Round round);

	/** The round's proposals that cite no source, named for editors. */
	@Query(nativeQuery = true, value = """
			select 'proposal' as kind, x.title as name from proposal x
			where x.round_id = :round and not exists (select 1 from citation c where c.proposal_id = x.id)""")
	List<FactName> findUnsourcedAt(long round);

	@Query(nativeQuery = true,
			value = "select 'proposal' as kind, x.title as name from proposal x where x.round_id = :round")
	List<FactName> findNamesAt(long round);

	@Query(nativeQuery = true,
			value = "select 'proposal' as kind, x.title as name from proposal x where x.party_id = :party")
	List<FactName> findNamesByParty(long party);

	@Query(nativeQuery = true, value = """
			select 'proposal' as kind, x.title as name from citation c join proposal x on x.id = c.proposal_id
			where c.source_id = :source""")
	List<FactName> findNamesCiting(long source);

}
