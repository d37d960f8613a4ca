package org.talkstracker.source;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.talkstracker.editing.FactName;

public interface SourceRepository extends JpaRepository<Source, Long> {

	List<Source> findBySlugIn(Collection<String> slugs);

	Optional<Source> findBySlug(String slug);

	List<Source> findAllByOrderByPublisherAscTitleAsc();

	/**
	 * Every fact that cites the source, named for editors: they keep it from being
	 * deleted.
	 */
	@Query(nativeQuery = true,
			value = """
					select 'round' as kind, r.slug as name from citation c join round r on r.id = c.round_id
					where c.source_id = :source
					union all
					select 'delegation', r.slug || ': ' || p.name from citation c join delegation d on d.id = c.delegation_id
					join round r on r.id = d.round_id join party p on p.id = d.party_id where c.source_id = :source
					union all
					select 'third_party', r.slug || ': ' || p.name from citation c join third_party t on t.id = c.third_party_id
					join round r on r.id = t.round_id join party p on p.id = t.party_id where c.source_id = :source
					union all
					select 'proposal', x.title from citation c join proposal x on x.id = c.proposal_id where c.source_id = :source
					union all
					select 'exchange_agreement', e.slug from citation c join exchange_agreement e on e.id = c.exchange_agreement_id
					where c.source_id = :source
					union all
					select 'exchange_stage', e.slug || ' #' || s.sequence from citation c join exchange_stage s on s.id = c.exchange_stage_id
					join exchange_agreement e on e.id = s.agreement_id where c.source_id = :source
					union all
					select 'memorandum', m.title from citation c join memorandum m on m.id = c.memorandum_id where c.source_id = :source
					union all
					select 'clause', m.title || ' §' || k.number from citation c join clause k on k.id = c.clause_id
					join memorandum m on m.id = k.memorandum_id where c.source_id = :source
					union all
					select 'statement', s.slug from citation c join statement s on s.id = c.statement_id where c.source_id = :source
					union all
					select 'context_event', e.title from citation c join context_event e on e.id = c.context_event_id
					where c.source_id = :source""")
	List<FactName> findCitingFacts(long source);

}
