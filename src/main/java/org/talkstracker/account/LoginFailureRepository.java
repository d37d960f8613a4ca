package org.talkstracker.account;

import java.time.Instant;
import java.util.Collection;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginFailureRepository extends JpaRepository<LoginFailure, String> {

	/**
	 * Counts one more failure in one statement, so that concurrent attempts on several
	 * application instances all count: a failure after the window starts a new count, and the
	 * failure that reaches the limit locks the subject until {@code lockedUntil}.
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into login_failure as f (subject, failures, first_failed_at, locked_until)
			values (:subject, 1, :now, case when :limit <= 1 then cast(:lockedUntil as timestamptz) end)
			on conflict (subject) do update set
			  failures = case when f.first_failed_at < :windowStart then 1 else f.failures + 1 end,
			  first_failed_at = case when f.first_failed_at < :windowStart then :now else f.first_failed_at end,
			  locked_until = case
			    when (case when f.first_failed_at < :windowStart then 1 else f.failures + 1 end) >= :limit
			    then cast(:lockedUntil as timestamptz) else f.locked_until end""")
	void recordFailure(String subject, Instant now, Instant windowStart, int limit, Instant lockedUntil);

	@Query("select count(f) > 0 from LoginFailure f where f.subject in :subjects and f.lockedUntil > :now")
	boolean anyLocked(Collection<String> subjects, Instant now);

	@Modifying
	@Query("delete from LoginFailure f where f.subject = :subject")
	void forget(String subject);

	/** Drops counts that no longer matter, so the table stays small. */
	@Modifying
	@Query("""
			delete from LoginFailure f
			where f.firstFailedAt < :windowStart and (f.lockedUntil is null or f.lockedUntil < :now)""")
	void forgetStale(Instant windowStart, Instant now);

}
