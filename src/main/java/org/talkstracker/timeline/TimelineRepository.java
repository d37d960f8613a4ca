package org.talkstracker.timeline;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The timeline's reads: one statement per kind of entry, each giving one row per (fact, source)
 * so that sources come without a statement of their own. A null process means every process.
 * Readers see published rounds and the facts attached to them, memoranda of no round or of a
 * published one, and every context event.
 */
interface TimelineRepository extends Repository<ContextEvent, Long> {

	@Query("select new org.talkstracker.timeline.ProcessRef(p.slug, p.name) from PeaceProcess p order by p.name, p.slug")
	List<ProcessRef> findProcesses();

	@Query("""
			select new org.talkstracker.timeline.RoundRow(r.id, r.slug, r.number, r.city, r.status, r.heldOn,
			    p.slug, p.name, src)
			from Round r join r.process p left join r.sources src
			where r.published and (:process is null or p.slug = :process)
			order by r.heldOn, r.id, index(src)""")
	List<RoundRow> findRounds(String process);

	@Query("""
			select new org.talkstracker.timeline.StageRow(s.id, s.sequence, s.occurred.date, s.occurred.precision,
			    a.slug, a.kind, r.slug, r.number, p.slug, p.name, src)
			from ExchangeStage s join s.agreement a join a.round r join r.process p left join s.sources src
			where r.published and (:process is null or p.slug = :process)
			order by s.occurred.date, r.heldOn, a.position, s.sequence, s.id, index(src)""")
	List<StageRow> findStages(String process);

	@Query("""
			select new org.talkstracker.timeline.MemorandumRow(m.id, m.slug, m.title, author.name, m.delivered.date,
			    m.delivered.precision, r.slug, r.number, p.slug, p.name, src)
			from Memorandum m join m.authorParty author join m.process p left join m.round r left join m.sources src
			where m.delivered.date is not null and (r is null or r.published) and (:process is null or p.slug = :process)
			order by m.delivered.date, m.id, index(src)""")
	List<MemorandumRow> findMemoranda(String process);

	@Query("""
			select new org.talkstracker.timeline.EventRow(e.id, e.slug, e.title, e.occurred.date, e.occurred.precision,
			    p.slug, p.name, src)
			from ContextEvent e join e.process p left join e.sources src
			where :process is null or p.slug = :process
			order by e.occurred.date, e.id, index(src)""")
	List<EventRow> findEvents(String process);

}
