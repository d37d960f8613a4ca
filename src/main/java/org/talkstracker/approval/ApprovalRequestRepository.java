package org.talkstracker.approval;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApprovalRequestRepository extends JpaRepository<ApprovalRequest, Long> {

	@EntityGraph(attributePaths = { "round", "round.process" })
	List<ApprovalRequest> findAllByOrderByProposedAt();

	@EntityGraph(attributePaths = { "round", "round.process" })
	List<ApprovalRequest> findByRoundSlugOrderByProposedAt(String slug);

	boolean existsByRoundSlugAndKind(String slug, ApprovalRequest.Kind kind);

}
