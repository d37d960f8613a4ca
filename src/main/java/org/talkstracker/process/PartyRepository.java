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

	Optional<Party> findFirstByNameIgnoreCase(String name);

	List<Party> findAllByOrderByName();

	/**
	 * The processes the party is involved in, named for editors: they keep it from being
	 * deleted.
	 */
	@Query(nativeQuery = true, value = """
			select 'process' as kind, x.name as name from process_party pp join process x on x.id = pp.process_id
			where pp.party_id = :party""")
	List<FactName> findProcessNames(long party);

}
