package org.talkstracker.release;

import java.util.Collection;
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

	/** The rounds whose releases show any of these records ({@link RoundRelease}). */
	@Query(value = """
			select distinct r.round_id from round_release r where r.mentions && cast(:mentions as text[])
			""", nativeQuery = true)
	List<Long> findRoundsMentioning(String[] mentions);

	@Query("select count(r) from RoundRelease r where r.roundId in :rounds")
	long countByRoundIdIn(Collection<Long> rounds);

}
