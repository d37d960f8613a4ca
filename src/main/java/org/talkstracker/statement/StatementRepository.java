package org.talkstracker.statement;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.talkstracker.process.PeaceProcess;
import org.talkstracker.round.Round;

public interface StatementRepository extends JpaRepository<Statement, Long> {

	/** The round's statements with who said them, what they dispute, and their sources. */
	@Query("""
			select s from Statement s join fetch s.party left join fetch s.speaker
			left join fetch s.disputes d left join fetch d.speaker left join fetch d.party left join fetch s.sources
			where s.round = :round order by s.said.date nulls last, s.id""")
	List<Statement> findByRoundWithSources(Round round);

	/** Statements that dispute one of the round's statements, wherever they were made. */
	@Query("""
			select s from Statement s join fetch s.party left join fetch s.speaker join fetch s.disputes d
			where d.round = :round order by s.id""")
	List<Statement> findDisputingRound(Round round);

	List<Statement> findByProcess(PeaceProcess process);

}
