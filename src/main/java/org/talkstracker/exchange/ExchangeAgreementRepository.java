package org.talkstracker.exchange;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.talkstracker.round.Round;

public interface ExchangeAgreementRepository extends JpaRepository<ExchangeAgreement, Long> {

	@Query("""
			select e from ExchangeAgreement e join fetch e.sideAParty join fetch e.sideBParty left join fetch e.sources
			where e.round = :round order by e.position""")
	List<ExchangeAgreement> findByRoundWithSources(Round round);

	/** Loads the stages (and their sources) of the round's agreements already in the persistence context. */
	@Query("""
			select s from ExchangeStage s left join fetch s.sources
			where s.agreement.round = :round order by s.agreement.id, s.sequence""")
	List<ExchangeStage> findStagesByRound(Round round);

	@Query("""
			select e from ExchangeAgreement e left join fetch e.stages
			where e.round = :round order by e.position""")
	List<ExchangeAgreement> findByRoundWithStages(Round round);

	List<ExchangeAgreement> findByRound(Round round);

	/**
	 * Per kind, how many both sides together agreed to receive over all published rounds, and how
	 * many agreements left a count unreported (or were all for all).
	 */
	@Query("""
			select new org.talkstracker.exchange.AgreedCount(e.kind, sum(coalesce(e.sideACount, 0) + coalesce(e.sideBCount, 0)),
			    sum(case when e.sideACount is null or e.sideBCount is null then 1 else 0 end))
			from ExchangeAgreement e where e.round.published group by e.kind""")
	List<AgreedCount> agreedByKind();

	/** Per kind, how many both sides together received so far; where the sides' figures differ, the lower. */
	@Query("""
			select new org.talkstracker.exchange.KindCount(s.agreement.kind, sum(
			    coalesce(least(coalesce(s.sideAReceivedPerA, s.sideAReceivedPerB), coalesce(s.sideAReceivedPerB, s.sideAReceivedPerA)), 0)
			  + coalesce(least(coalesce(s.sideBReceivedPerA, s.sideBReceivedPerB), coalesce(s.sideBReceivedPerB, s.sideBReceivedPerA)), 0)))
			from ExchangeStage s where s.agreement.round.published group by s.agreement.kind""")
	List<KindCount> fulfilledByKind();

	/**
	 * Every exchange agreed at a published round, with its round, process and sides, oldest
	 * round first: one row per agreement and source, in one statement.
	 */
	@Query("""
			select new org.talkstracker.exchange.AgreementRow(a.id, a.slug, a.kind, a.allForAll, a.sideACount, a.sideBCount,
			    a.criteria, a.description, r.slug, r.number, r.city, r.heldOn, p.name, sideA.slug, sideA.name, sideB.slug,
			    sideB.name, src)
			from ExchangeAgreement a join a.round r join r.process p join a.sideAParty sideA join a.sideBParty sideB
			left join a.sources src
			where r.published
			order by r.heldOn, r.number, a.position, a.id, index(src)""")
	List<AgreementRow> findPublishedAgreementRows();

	/** The stages of every exchange agreed at a published round: one row per stage and source, in one statement. */
	@Query("""
			select new org.talkstracker.exchange.StageRow(s.id, a.id, s.sequence, s.occurred.date, s.occurred.precision,
			    s.sideAReceivedPerA, s.sideAReceivedPerB, s.sideBReceivedPerA, s.sideBReceivedPerB, s.sideAWithheld,
			    s.sideBWithheld, s.note, src)
			from ExchangeStage s join s.agreement a join a.round r left join s.sources src
			where r.published
			order by a.id, s.sequence, index(src)""")
	List<StageRow> findPublishedStageRows();
	@EntityGraph(attributePaths = { "sideAParty", "sideBParty", "sources" })
	Optional<ExchangeAgreement> findByRoundAndSlug(Round round, String slug);

	long countByRound(Round round);

}
