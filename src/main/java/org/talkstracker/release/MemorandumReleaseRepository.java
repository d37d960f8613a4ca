package org.talkstracker.release;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Memorandum releases. Readers ask by slug for the releases of the memorandum that has
 * the slug now, when they may see it (of no round, or of a published one): a slug freed
 * by a deleted memorandum does not lend its releases to another.
 */
interface MemorandumReleaseRepository extends Repository<MemorandumRelease, Long> {

	/** The memorandum readers see under the slug, as a condition on {@code r}. */
	String VISIBLE = """
			r.memorandumId = (select m.id from Memorandum m left join m.round o
			    where m.slug = :slug and (o is null or o.published))""";

	MemorandumRelease save(MemorandumRelease release);

	Optional<MemorandumRelease> findFirstByMemorandumIdOrderByNumberDesc(long memorandumId);

	@Query("select r from MemorandumRelease r where r.number = :number and " + VISIBLE)
	Optional<MemorandumRelease> findVisible(String slug, int number);

	@Query("select r from MemorandumRelease r where " + VISIBLE + " order by r.number desc")
	List<MemorandumRelease> findAllVisible(String slug);

	/**
	 * The latest release of the memorandum readers see under the slug, and its latest
	 * correction (the same one when the latest is a correction), newest first, without
	 * their data files.
	 */
	@Query("""
			select new org.talkstracker.release.ReleaseLine(r.number, r.releasedAt, r.kind, r.note, r.editor, r.approvedBy)
			from MemorandumRelease r where
			"""
			+ VISIBLE
			+ """
					 and (r.number = (select max(x.number) from MemorandumRelease x where x.memorandumId = r.memorandumId)
					    or r.number = (select max(x.number) from MemorandumRelease x where x.memorandumId = r.memorandumId
					                   and x.kind = org.talkstracker.release.ReleaseKind.CORRECTION))
					order by r.number desc""")
	List<ReleaseLine> findLatestAndLastCorrection(String slug);

	/** Memoranda readers see that no release shows yet, a batch at a time. */
	@Query(value = """
			select m.id from memorandum m left join round o on o.id = m.round_id
			where (o.id is null or o.published)
			  and not exists (select from memorandum_release x where x.memorandum_id = m.id)
			order by m.id limit :batch""", nativeQuery = true)
	List<Long> findUnreleasedMemoranda(int batch);

	/**
	 * The memoranda whose releases show any of these records ({@link MemorandumRelease}).
	 */
	@Query(value = """
			select distinct r.memorandum_id from memorandum_release r where r.mentions && cast(:mentions as text[])
			""", nativeQuery = true)
	List<Long> findMemorandaMentioning(String[] mentions);

}
