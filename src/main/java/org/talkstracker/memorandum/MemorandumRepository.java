package org.talkstracker.memorandum;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.talkstracker.editing.FactName;
import org.talkstracker.process.Party;
import org.talkstracker.process.ProcessDependants;
import org.talkstracker.round.Round;
import org.talkstracker.round.RoundFacts;
import org.talkstracker.source.SourceDependants;

public interface MemorandumRepository
		extends JpaRepository<Memorandum, Long>, RoundFacts, ProcessDependants, SourceDependants {

	@Query("select m from Memorandum m left join fetch m.clauses where m.round = :round order by m.id")
	List<Memorandum> findByRoundWithClauses(Round round);

	@EntityGraph(attributePaths = "process")
	List<Memorandum> findBySlugIn(Collection<String> slugs);

	/** The memoranda delivered at these rounds, with their rounds. */
	@Query("select m from Memorandum m join fetch m.round where m.round in :rounds order by m.id")
	List<Memorandum> findByRoundIn(Collection<Round> rounds);

	/**
	 * A page of the memoranda readers may see (its round is none or published), latest
	 * delivered first.
	 */
	@Query("""
			select new org.talkstracker.memorandum.MemorandumListing(m.slug,
			    m.title, m.titleUk, m.titleRu, m.titleOriginal, p.name, p.nameUk, p.nameRu, p.nameOriginal,
			    a.slug, a.name, a.nameUk, a.nameRu, a.nameOriginal, m.delivered.date, m.delivered.precision, m.publishedOn, size(m.clauses))
			from Memorandum m join m.process p join m.authorParty a left join m.round r
			where r is null or r.published
			order by m.delivered.date desc nulls last, m.title, m.id""")
	List<MemorandumListing> findVisibleListings(Pageable pageable);

	/**
	 * How many memoranda readers may see: all but those of a draft round (there are few
	 * of those), counted from the index on the round.
	 */
	@Query("""
			select count(*) from Memorandum m
			where not exists (select r from Round r where r = m.round and r.published = false)""")
	long countVisible();

	/**
	 * A page of the memoranda a party authored that readers may see, latest delivered
	 * first.
	 */
	@Query("""
			select new org.talkstracker.memorandum.MemorandumListing(m.slug,
			    m.title, m.titleUk, m.titleRu, m.titleOriginal, p.name, p.nameUk, p.nameRu, p.nameOriginal,
			    a.slug, a.name, a.nameUk, a.nameRu, a.nameOriginal, m.delivered.date, m.delivered.precision, m.publishedOn, size(m.clauses))
			from Memorandum m join m.process p join m.authorParty a left join m.round r
			where m.authorParty = :author and (r is null or r.published)
			order by m.delivered.date desc nulls last, m.title, m.id""")
	List<MemorandumListing> findVisibleListingsByAuthor(Party author, Pageable pageable);

	/** The visible memoranda with these slugs, with what their page header shows. */
	@Query("""
			select m from Memorandum m join fetch m.process join fetch m.authorParty left join fetch m.round r
			left join fetch m.sources
			where m.slug in :slugs and (r is null or r.published)""")
	List<Memorandum> findVisibleBySlugIn(Collection<String> slugs);

	/** The clauses of these memoranda with their sources, in number order. */
	@Query("""
			select c from Clause c left join fetch c.sources
			where c.memorandum in :memoranda order by c.memorandum.id, c.number""")
	List<Clause> findClausesWithSources(Collection<Memorandum> memoranda);

	@EntityGraph(attributePaths = { "process", "authorParty", "round", "sources" })
	Optional<Memorandum> findBySlug(String slug);

	/** Every memorandum as the editors' list shows it. */
	@Query("""
			select new org.talkstracker.memorandum.EditableMemorandum(m.slug, m.title, a.name, r.slug, r.number)
			from Memorandum m join m.authorParty a left join m.round r
			order by m.delivered.date desc nulls last, m.id desc""")
	List<EditableMemorandum> findListings();

	/**
	 * The memoranda delivered at the round that cite no source, named for editors. A
	 * clause is covered by its memorandum's sources (as in the data file, and as the
	 * schema's {@code published_round_facts_cite_sources} holds): its own are optional.
	 */
	@Query(nativeQuery = true, value = """
			select 'memorandum' as kind, m.title as name from memorandum m
			where m.round_id = :round and not exists (select 1 from citation c where c.memorandum_id = m.id)""")
	@Override
	List<FactName> unsourced(long round);

	@Query(nativeQuery = true,
			value = "select 'memorandum' as kind, m.title as name from memorandum m where m.round_id = :round")
	@Override
	List<FactName> dependants(long round);

	@Query(nativeQuery = true,
			value = "select 'memorandum' as kind, m.title as name from memorandum m where m.process_id = :process")
	@Override
	List<FactName> ofProcess(long process);

	@Query(nativeQuery = true,
			value = "select 'memorandum' as kind, m.title as name from memorandum m where m.author_party_id = :party")
	@Override
	List<FactName> ofParty(long party);

	@Query(nativeQuery = true, value = """
			select 'memorandum' as kind, m.title as name from citation c join memorandum m on m.id = c.memorandum_id
			where c.source_id = :source
			union all
			select 'clause', m.title || ' §' || k.number from citation c join clause k on k.id = c.clause_id
			join memorandum m on m.id = k.memorandum_id where c.source_id = :source""")
	@Override
	List<FactName> citing(long source);

	/**
	 * Where this feature's facts come among a round's, and its records among those naming
	 * a party, person or source: as the round's page orders them.
	 */
	@Override
	default int getOrder() {
		return 4;
	}

}
