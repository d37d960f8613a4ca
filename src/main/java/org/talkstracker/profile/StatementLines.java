package org.talkstracker.profile;

import org.talkstracker.editing.Name;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.talkstracker.profile.StatementLine.PartyRef;
import org.talkstracker.profile.StatementLine.PersonRef;
import org.talkstracker.profile.StatementLine.StatementRef;
import org.talkstracker.round.Round;
import org.talkstracker.source.CitedSources;
import org.talkstracker.statement.Statement;

/**
 * Loads the statements of a page of a profile, with all it shows of them, as lines: two
 * statements.
 */
@Component
class StatementLines {

	private final ProfileStatementRepository repository;

	StatementLines(ProfileStatementRepository repository) {
		this.repository = repository;
	}

	/**
	 * These statements (a page of them, in order) as lines, their sources numbered in
	 * page order.
	 */
	List<StatementLine> of(List<Long> ids, CitedSources sources) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return of(this.repository.findWithDisputes(ids), this.repository.findDisputing(ids), sources);
	}

	/**
	 * The statements as lines, each with the statements that dispute it; a disputed or
	 * disputing statement of an unpublished round is left out, as readers may not see it.
	 */
	private static List<StatementLine> of(List<Statement> statements, List<Statement> disputing, CitedSources sources) {
		Map<Long, List<StatementRef>> disputedBy = new LinkedHashMap<>();
		disputing.stream()
			.filter(StatementLines::visible)
			.forEach((statement) -> disputedBy
				.computeIfAbsent(statement.getDisputes().getId(), (id) -> new ArrayList<>())
				.add(reference(statement)));
		return statements.stream()
			.map((statement) -> new StatementLine(statement.getSlug(), person(statement), statement.getSpeakerTitle(),
					new PartyRef(statement.getParty().getSlug(), statement.getParty().getNames()), statement.getSaid(),
					statement.getText(), statement.getQuote(), round(statement.getRound()),
					visible(statement.getDisputes()) ? reference(statement.getDisputes()) : null,
					disputedBy.getOrDefault(statement.getId(), List.of()), sources.cite(statement.getSources())))
			.toList();
	}

	private static boolean visible(Statement statement) {
		return statement != null && (statement.getRound() == null || statement.getRound().isPublished());
	}

	private static StatementRef reference(Statement statement) {
		Name speaker = (statement.getSpeaker() != null) ? statement.getSpeaker().getNames()
				: statement.getParty().getNames();
		return new StatementRef(statement.getSlug(), speaker, statement.getText(),
				(statement.getRound() != null) ? statement.getRound().getSlug() : null);
	}

	private static PersonRef person(Statement statement) {
		return (statement.getSpeaker() != null)
				? new PersonRef(statement.getSpeaker().getSlug(), statement.getSpeaker().getNames()) : null;
	}

	private static RoundRef round(Round round) {
		return (round != null)
				? new RoundRef(round.getSlug(), round.getNumber(), round.getHeldOn(), round.getCityNames()) : null;
	}

}
