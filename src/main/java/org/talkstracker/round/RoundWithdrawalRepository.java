package org.talkstracker.round;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The withdrawals of rounds, recorded once and never changed. */
public interface RoundWithdrawalRepository extends Repository<RoundWithdrawal, Long> {

	RoundWithdrawal save(RoundWithdrawal withdrawal);

	/**
	 * The latest withdrawal of the round that had this slug, kept or deleted: what its
	 * address answers while the round is not published.
	 */
	Optional<RoundWithdrawal> findFirstByRoundSlugOrderByWithdrawnAtDescIdDesc(String roundSlug);

	/**
	 * Those of these slugs that are retired for the round that has them, or for a new
	 * round where none has: the addresses of withdrawn rounds since deleted (the schema's
	 * {@code round_slug_retired}).
	 */
	@Query(nativeQuery = true, value = """
			select distinct w.round_slug from round_withdrawal w
			where w.round_slug in :slugs
			  and round_slug_retired(w.round_slug, (select r.id from round r where r.slug = w.round_slug))""")
	List<String> findRetiredSlugsIn(Collection<String> slugs);

}
