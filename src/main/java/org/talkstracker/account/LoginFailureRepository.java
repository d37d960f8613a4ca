package org.talkstracker.account;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LoginFailureRepository extends JpaRepository<LoginFailure, String> {

	/**
	 * Counts one more failure in one statement, so that concurrent attempts on several
	 * application instances all count: a failure after the window starts a new count, and
	 * the failure that reaches the limit locks the subject until {@code lockedUntil}.
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

	/**
	 * Counts one more failure for an account from any address, as {@link #recordFailure}
	 * does; from the {@code slowAfter}th failure in the window on, the account waits
	 * before its next try: {@code delaySeconds}, doubled with each further failure, at
	 * most {@code maxDelaySeconds}.
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into login_failure as f (subject, failures, first_failed_at, locked_until)
			values (:subject, 1, :now, case when :slowAfter <= 1 then cast(:now as timestamptz)
			    + least(:delaySeconds, :maxDelaySeconds) * interval '1 second' end)
			on conflict (subject) do update set
			  failures = case when f.first_failed_at < :windowStart then 1 else f.failures + 1 end,
			  first_failed_at = case when f.first_failed_at < :windowStart then :now else f.first_failed_at end,
			  locked_until = case
			    when (case when f.first_failed_at < :windowStart then 1 else f.failures + 1 end) >= :slowAfter
			    then cast(:now as timestamptz) + least(:delaySeconds * power(2, least(30,
			        (case when f.first_failed_at < :windowStart then 1 else f.failures + 1 end) - :slowAfter)),
			        :maxDelaySeconds) * interval '1 second'
			    else f.locked_until end""")
	void recordAccountFailure(String subject, Instant now, Instant windowStart, int slowAfter, double delaySeconds,
			double maxDelaySeconds);

	@Query("select f.subject from LoginFailure f where f.subject in :subjects and f.lockedUntil > :now")
	List<String> lockedSubjects(Collection<String> subjects, Instant now);

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
