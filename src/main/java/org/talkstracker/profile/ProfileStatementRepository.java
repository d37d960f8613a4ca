package org.talkstracker.profile;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.talkstracker.statement.Statement;

/**
 * The statements of a page of a profile's statements, with all the page shows of them.
 */
interface ProfileStatementRepository extends Repository<Statement, Long> {

	/**
	 * These statements with who made them, what they dispute, and their sources, newest
	 * first.
	 */
	@Query("""
			select s from Statement s join fetch s.party left join fetch s.speaker left join fetch s.round r
			left join fetch s.disputes d left join fetch d.speaker left join fetch d.party left join fetch d.round
			left join fetch s.sources
			where s.id in :ids
			order by s.said.date desc nulls last, s.id desc""")
	List<Statement> findWithDisputes(Collection<Long> ids);

	/** Statements, by anyone, that dispute one of these. */
	@Query("""
			select s from Statement s join fetch s.party left join fetch s.speaker left join fetch s.round
			join fetch s.disputes d
			where d.id in :ids order by s.id""")
	List<Statement> findDisputing(Collection<Long> ids);

}
