package org.talkstracker.timeline;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.talkstracker.process.PeaceProcess;

public interface ContextEventRepository extends JpaRepository<ContextEvent, Long> {

	List<ContextEvent> findByProcess(PeaceProcess process);

}
