package org.talkstracker.exchange;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.talkstracker.round.Round;

public interface ExchangeAgreementRepository extends JpaRepository<ExchangeAgreement, Long> {

	@Query("""
			select e from ExchangeAgreement e join fetch e.sideAParty join fetch e.sideBParty left join fetch e.sources
			where e.round = :round order by e.position""")
	List<ExchangeAgreement> findByRoundWithSources(Round round);

	/**
	 * Loads the stages (and their sources) of the round's agreements already in the
	 * persistence context.
	 */
	@Query("""
			select s from ExchangeStage s left join fetch s.sources
			where s.agreement.round = :round order by s.agreement.id, s.sequence""")
	List<ExchangeStage> findStagesByRound(Round round);

	@Query("""
			select e from ExchangeAgreement e left join fetch e.stages
			where e.round = :round order by e.position""")
	List<ExchangeAgreement> findByRoundWithStages(Round round);

	List<ExchangeAgreement> findByRound(Round round);

	/** One page of the exchanges agreed at published rounds, oldest round first. */
	@Query("""
			select a.id from ExchangeAgreement a join a.round r
			where r.published
			order by r.heldOn, r.id, a.position, a.id""")
	List<Long> findPublishedIds(Pageable pageable);

	/**
	 * These agreements with their rounds, processes and sides, in the order of a page of
	 * them: one row per agreement and source, in one statement.
	 */
	@Query("""
			select new org.talkstracker.exchange.AgreementRow(a.id, a.slug, a.kind, a.allForAll, a.sideACount, a.sideBCount,
			    a.criteria, a.description, r.slug, r.number, r.city, r.heldOn, p.name, sideA.slug, sideA.name, sideB.slug,
			    sideB.name, src)
			from ExchangeAgreement a join a.round r join r.process p join a.sideAParty sideA join a.sideBParty sideB
			left join a.sources src
			where a.id in :ids
			order by r.heldOn, r.id, a.position, a.id, index(src)""")
	List<AgreementRow> findAgreementRows(Collection<Long> ids);

	/** The stages of these agreements: one row per stage and source, in one statement. */
	@Query("""
			select new org.talkstracker.exchange.StageRow(s.id, a.id, s.sequence, s.occurred.date, s.occurred.precision,
			    s.sideAReceivedPerA, s.sideAReceivedPerB, s.sideACounted, s.sideBReceivedPerA, s.sideBReceivedPerB,
			    s.sideBCounted, s.sideAWithheld, s.sideBWithheld, s.note, src)
			from ExchangeStage s join s.agreement a left join s.sources src
			where a.id in :ids
			order by a.id, s.sequence, index(src)""")
	List<StageRow> findStageRows(Collection<Long> ids);

	@EntityGraph(attributePaths = { "sideAParty", "sideBParty", "sources" })
	Optional<ExchangeAgreement> findByRoundAndSlug(Round round, String slug);

	long countByRound(Round round);

}
