package org.talkstracker.exchange;

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

public interface ExchangeAgreementRepository
		extends JpaRepository<ExchangeAgreement, Long>, RoundFacts, ProcessDependants, SourceDependants {

	@Query("""
			select e from ExchangeAgreement e left join fetch e.stages
			where e.round = :round order by e.position""")
	List<ExchangeAgreement> findByRoundWithStages(Round round);

	List<ExchangeAgreement> findByRound(Round round);

	/**
	 * The agreements of the round's process, with their rounds and sides, in the order of
	 * the rounds: the handovers a round's workspace may record.
	 */
	@Query("""
			select e from ExchangeAgreement e join fetch e.round r join fetch e.sideAParty join fetch e.sideBParty
			where r.process = (select o.process from Round o where o.slug = :round)
			order by r.number, e.position""")
	List<ExchangeAgreement> findOfTheProcessOf(String round);

	@EntityGraph(attributePaths = { "sideAParty", "sideBParty", "sources" })
	Optional<ExchangeAgreement> findByRoundAndSlug(Round round, String slug);

	long countByRound(Round round);

	/**
	 * Which of these handovers would be dated before the round where their agreement was
	 * made, by the schema's rule ({@code handover_precedes_day}, V19): their positions in
	 * the arrays, from 0. Each handover is its date and precision ({@code DAY},
	 * {@code MONTH}, {@code APPROXIMATE}) with its round's day, dates as ISO text.
	 */
	@Query(nativeQuery = true,
			value = """
					select cast(h.position - 1 as integer) from unnest(cast(:occurred as date[]), cast(:precisions as varchar[]),
					    cast(:roundDays as date[])) with ordinality as h(occurred_on, occurred_on_precision, held_on, position)
					where handover_precedes_day(h.occurred_on, h.occurred_on_precision, h.held_on)
					order by h.position""")
	List<Integer> findPrecedingTheirRound(String[] occurred, String[] precisions, String[] roundDays);

	/**
	 * The handovers recorded at these rounds (by slug) that would be dated before the
	 * round, were it held on the day given with it (ISO text), by the schema's rule.
	 */
	@Query(nativeQuery = true, value = """
			select r.slug as "round", a.slug as "agreement", s.sequence as "sequence", s.occurred_on as "occurredOn"
			from unnest(cast(:rounds as varchar[]), cast(:days as date[])) as f(slug, held_on)
			join round r on r.slug = f.slug
			join exchange_agreement a on a.round_id = r.id
			join exchange_stage s on s.agreement_id = a.id
			where handover_precedes_day(s.occurred_on, s.occurred_on_precision, f.held_on)
			order by r.slug, a.slug, s.sequence""")
	List<RecordedHandover> findPrecedingRoundsHeldOn(String[] rounds, String[] days);

	/** The round's agreements and stages that cite no source, named for editors. */
	@Query(nativeQuery = true, value = """
			select 'exchange_agreement' as kind, e.slug as name from exchange_agreement e
			where e.round_id = :round and not exists (select 1 from citation c where c.exchange_agreement_id = e.id)
			union all
			select 'exchange_stage', e.slug || ' #' || s.sequence from exchange_stage s
			join exchange_agreement e on e.id = s.agreement_id
			where e.round_id = :round and not exists (select 1 from citation c where c.exchange_stage_id = s.id)
			union all
			select 'exchange_reported_total', e.slug || ': ' || t.received_by || ' / ' || t.reported_by
			from exchange_reported_total t join exchange_agreement e on e.id = t.agreement_id
			where e.round_id = :round
			  and not exists (select 1 from citation c where c.exchange_reported_total_id = t.id)""")
	@Override
	List<FactName> unsourced(long round);

	@Query(nativeQuery = true, value = """
			select 'exchange_agreement' as kind, e.slug as name from exchange_agreement e where e.round_id = :round""")
	@Override
	List<FactName> parts(long round);

	/** The agreements the party is a side of, named by round and agreement. */
	@Query(nativeQuery = true, value = """
			select 'exchange_agreement' as kind, r.slug || ': ' || e.slug as name from exchange_agreement e
			join round r on r.id = e.round_id
			where :party in (e.side_a_party_id, e.side_b_party_id)""")
	@Override
	List<FactName> ofParty(long party);

	@Query(nativeQuery = true,
			value = """
					select 'exchange_agreement' as kind, e.slug as name from citation c
					join exchange_agreement e on e.id = c.exchange_agreement_id where c.source_id = :source
					union all
					select 'exchange_stage', e.slug || ' #' || s.sequence from citation c join exchange_stage s on s.id = c.exchange_stage_id
					join exchange_agreement e on e.id = s.agreement_id where c.source_id = :source
					union all
					select 'exchange_reported_total', e.slug || ': ' || t.received_by || ' / ' || t.reported_by from citation c
					join exchange_reported_total t on t.id = c.exchange_reported_total_id
					join exchange_agreement e on e.id = t.agreement_id where c.source_id = :source""")
	@Override
	List<FactName> citing(long source);

	/**
	 * Where this feature's facts come among a round's, and its records among those naming
	 * a party, person or source: as the round's page orders them.
	 */
	@Override
	default int getOrder() {
		return 3;
	}

}
