package org.talkstracker.statement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.talkstracker.process.PeaceProcess;
import org.talkstracker.round.Round;

public interface StatementRepository extends JpaRepository<Statement, Long> {

	/**
	 * The round's statements with who said them, what they dispute, and their sources.
	 */
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

	@EntityGraph(attributePaths = { "process", "party", "speaker", "round", "disputes", "sources" })
	Optional<Statement> findByProcess_SlugAndSlug(String process, String slug);

	Optional<Statement> findByProcessAndSlug(PeaceProcess process, String slug);

	/** Every statement as the editors' list shows it, latest first. */
	@Query("""
			select new org.talkstracker.statement.StatementListing(p.slug, s.slug, coalesce(sp.name, pa.name), r.slug,
			    r.number, s.text)
			from Statement s join s.process p join s.party pa left join s.speaker sp left join s.round r
			order by s.said.date desc nulls last, s.id desc""")
	List<StatementListing> findListings();

	/** Statements that dispute this one: they keep it from being deleted. */
	@Query("select s.slug from Statement s where s.disputes = :statement order by s.id")
	List<String> findSlugsDisputing(Statement statement);

}
