package org.talkstracker.profile;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.talkstracker.process.Party;
import org.talkstracker.statement.Statement;

/** The party page's queries: one per kind of fact, each reading only what is published. */
interface PartyProfileRepository extends Repository<Party, Long> {

	Optional<Party> findBySlug(String slug);

	@Query("""
			select new org.talkstracker.profile.DelegationAttendance(r.slug, r.number, p.name, r.heldOn, r.city,
			    h.slug, h.name, m.title)
			from Delegation d join d.round r join r.process p
			left join d.members m on m.role = org.talkstracker.round.MemberRole.HEAD left join m.person h
			where d.party = :party and r.published""")
	List<DelegationAttendance> findDelegations(Party party);

	@Query("""
			select new org.talkstracker.profile.ThirdPartyAttendance(r.slug, r.number, p.name, r.heldOn, r.city, t.role)
			from ThirdParty t join t.round r join r.process p
			where t.party = :party and r.published""")
	List<ThirdPartyAttendance> findThirdPartyRoles(Party party);

	@Query("""
			select new org.talkstracker.profile.ProposalLine(o.slug, o.title, o.category, o.status,
			    r.slug, r.number, p.name, r.heldOn, r.city)
			from Proposal o join o.round r join r.process p
			where o.party = :party and r.published
			order by r.heldOn desc, r.id desc, o.position""")
	List<ProposalLine> findProposals(Party party);

	/** The statements attributed to the party, with who made them, what they dispute, and their sources. */
	@Query("""
			select s from Statement s join fetch s.party left join fetch s.speaker left join fetch s.round r
			left join fetch s.disputes d left join fetch d.speaker left join fetch d.party left join fetch d.round
			left join fetch s.sources
			where s.party = :party and (r is null or r.published)
			order by s.said.date desc nulls last, s.id desc""")
	List<Statement> findStatements(Party party);

	/** Statements, by anyone, that dispute one attributed to the party. */
	@Query("""
			select s from Statement s join fetch s.party left join fetch s.speaker left join fetch s.round
			join fetch s.disputes d
			where d.party = :party order by s.id""")
	List<Statement> findStatementsDisputing(Party party);

}
