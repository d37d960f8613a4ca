package org.talkstracker.proposal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
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

}
