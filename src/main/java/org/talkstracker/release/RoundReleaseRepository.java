package org.talkstracker.release;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface RoundReleaseRepository extends Repository<RoundRelease, Long> {

	RoundRelease save(RoundRelease release);

	Optional<RoundRelease> findFirstByRoundIdOrderByNumberDesc(long roundId);

	Optional<RoundRelease> findFirstByRoundSlugOrderByNumberDesc(String roundSlug);

	Optional<RoundRelease> findByRoundSlugAndNumber(String roundSlug, int number);

	List<RoundRelease> findByRoundSlugOrderByNumberDesc(String roundSlug);

	/** Published rounds that no release shows yet, a batch at a time. */
	@Query(value = """
			select r.id from round r
			where r.published and not exists (select from round_release x where x.round_id = r.id)
			order by r.id limit :batch""", nativeQuery = true)
	List<Long> findUnreleasedRounds(int batch);

	/** The rounds whose releases show any of these records ({@link RoundRelease}). */
	@Query(value = """
			select distinct r.round_id from round_release r where r.mentions && cast(:mentions as text[])
			""", nativeQuery = true)
	List<Long> findRoundsMentioning(String[] mentions);

}
