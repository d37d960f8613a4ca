package org.talkstracker.process;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.talkstracker.editing.FactName;

public interface PartyRepository extends JpaRepository<Party, Long> {

	List<Party> findBySlugIn(Collection<String> slugs);

	Optional<Party> findBySlug(String slug);

	List<Party> findAllByOrderByName();

	/**
	 * Every record that refers to the party, named for editors: they keep it from being
	 * deleted.
	 */
	@Query(nativeQuery = true, value = """
			select 'process' as kind, x.name as name from process_party pp join process x on x.id = pp.process_id
			where pp.party_id = :party
			union all
			select 'delegation', r.slug from delegation d join round r on r.id = d.round_id where d.party_id = :party
			union all
			select 'third_party', r.slug from third_party t join round r on r.id = t.round_id where t.party_id = :party
			union all
			select 'proposal', x.title from proposal x where x.party_id = :party
			union all
			select 'exchange_agreement', r.slug || ': ' || e.slug from exchange_agreement e
			join round r on r.id = e.round_id
			where :party in (e.side_a_party_id, e.side_b_party_id)
			union all
			select 'memorandum', m.title from memorandum m where m.author_party_id = :party
			union all
			select 'statement', s.slug from statement s where s.party_id = :party""")
	List<FactName> findDependants(long party);

}
