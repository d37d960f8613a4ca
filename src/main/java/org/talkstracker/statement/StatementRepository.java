package org.talkstracker.statement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.talkstracker.editing.FactName;
import org.talkstracker.people.PersonDependants;
import org.talkstracker.process.PeaceProcess;
import org.talkstracker.process.ProcessDependants;
import org.talkstracker.round.RoundFacts;
import org.talkstracker.source.SourceDependants;

public interface StatementRepository
		extends JpaRepository<Statement, Long>, RoundFacts, ProcessDependants, PersonDependants, SourceDependants {

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

	/** The statements about the round that cite no source, named for editors. */
	@Query(nativeQuery = true, value = """
			select 'statement' as kind, s.slug as name from statement s
			where s.round_id = :round and not exists (select 1 from citation c where c.statement_id = s.id)""")
	@Override
	List<FactName> unsourced(long round);

	@Query(nativeQuery = true,
			value = "select 'statement' as kind, s.slug as name from statement s where s.round_id = :round")
	@Override
	List<FactName> dependants(long round);

	@Query(nativeQuery = true,
			value = "select 'statement' as kind, s.slug as name from statement s where s.process_id = :process")
	@Override
	List<FactName> ofProcess(long process);

	@Query(nativeQuery = true,
			value = "select 'statement' as kind, s.slug as name from statement s where s.party_id = :party")
	@Override
	List<FactName> ofParty(long party);

	@Query(nativeQuery = true,
			value = "select 'statement' as kind, s.slug as name from statement s where s.speaker_id = :person")
	@Override
	List<FactName> of(long person);

	@Query(nativeQuery = true, value = """
			select 'statement' as kind, s.slug as name from citation c join statement s on s.id = c.statement_id
			where c.source_id = :source""")
	@Override
	List<FactName> citing(long source);

	/**
	 * Where this feature's facts come among a round's, and its records among those naming
	 * a party, person or source: as the round's page orders them.
	 */
	@Override
	default int getOrder() {
		return 5;
	}

}
