package org.talkstracker.profile;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.talkstracker.process.Party;

/**
 * The party page's queries: one page of each list, each reading only what is published.
 */
interface PartyProfileRepository extends Repository<Party, Long> {

	Optional<Party> findBySlug(String slug);

	@Query("""
			select new org.talkstracker.profile.ProposalLine(o.id, o.slug, o.title, o.titleLanguage, o.category,
			    o.status,
			    r.slug, r.number, p.name, p.nameUk, p.nameRu, p.nameOriginal, r.heldOn,
			    r.city, r.cityUk, r.cityRu, r.cityOriginal)
			from Proposal o join o.round r join r.process p
			where o.party = :party and r.published
			order by r.heldOn desc, r.id desc, o.position""")
	List<ProposalLine> findProposals(Party party, Pageable pageable);

	/** A page of the statements attributed to the party, newest first. */
	@Query("""
			select s.id from Statement s left join s.round r
			where s.party = :party and (r is null or r.published)
			order by s.said.date desc nulls last, s.id desc""")
	List<Long> findStatementIds(Party party, Pageable pageable);

}
