package org.talkstracker.proposal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.talkstracker.editing.FactName;
import org.talkstracker.process.ProcessDependants;
import org.talkstracker.round.Round;
import org.talkstracker.round.RoundFacts;
import org.talkstracker.source.SourceDependants;

public interface ProposalRepository
		extends JpaRepository<Proposal, Long>, RoundFacts, ProcessDependants, SourceDependants {

	List<Proposal> findByRound(Round round);

	@EntityGraph(attributePaths = { "party", "sources" })
	Optional<Proposal> findByRoundAndSlug(Round round, String slug);

	long countByRound(Round round);

	/** The round's proposals that cite no source, named for editors. */
	@Query(nativeQuery = true, value = """
			select 'proposal' as kind, x.title as name from proposal x
			where x.round_id = :round and not exists (select 1 from citation c where c.proposal_id = x.id)""")
	@Override
	List<FactName> unsourced(long round);

	@Query(nativeQuery = true,
			value = "select 'proposal' as kind, x.title as name from proposal x where x.round_id = :round")
	@Override
	List<FactName> parts(long round);

	@Query(nativeQuery = true,
			value = "select 'proposal' as kind, x.title as name from proposal x where x.party_id = :party")
	@Override
	List<FactName> ofParty(long party);

	@Query(nativeQuery = true, value = """
			select 'proposal' as kind, x.title as name from citation c join proposal x on x.id = c.proposal_id
			where c.source_id = :source""")
	@Override
	List<FactName> citing(long source);

	/**
	 * Where this feature's facts come among a round's, and its records among those naming
	 * a party, person or source: as the round's page orders them.
	 */
	@Override
	default int getOrder() {
		return 2;
	}

}
