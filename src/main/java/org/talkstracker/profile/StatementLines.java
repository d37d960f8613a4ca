package org.talkstracker.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.talkstracker.editing.Name;
import org.talkstracker.profile.StatementLine.PartyRef;
import org.talkstracker.profile.StatementLine.PersonRef;
import org.talkstracker.profile.StatementLine.StatementRef;
import org.talkstracker.round.Round;
import org.talkstracker.source.CitedSources;
import org.talkstracker.statement.Statement;
import org.talkstracker.text.TextTranslations;
import org.talkstracker.text.TranslatedTexts;
import org.talkstracker.text.WrittenTexts;

/**
 * Loads the statements of a page of a profile, with all it shows of them, as lines: two
 * statements, and one more for the translations of their texts.
 */
@Component
class StatementLines {

	private final ProfileStatementRepository repository;

	private final TextTranslations translations;

	StatementLines(ProfileStatementRepository repository, TextTranslations translations) {
		this.repository = repository;
		this.translations = translations;
	}

	/**
	 * These statements (a page of them, in order) as lines, their sources numbered in
	 * page order, their texts with their translations.
	 */
	List<StatementLine> of(List<Long> ids, CitedSources sources) {
		Loaded loaded = load(ids);
		return lines(loaded, this.translations.of(loaded.written()), sources);
	}

	/**
	 * These statements (a page of them, in order) and the statements that dispute them,
	 * for {@link #lines} once the translations of their texts are read.
	 */
	Loaded load(List<Long> ids) {
		if (ids.isEmpty()) {
			return new Loaded(List.of(), List.of());
		}
		return new Loaded(this.repository.findWithDisputes(ids), this.repository.findDisputing(ids));
	}

	/**
	 * The statements as lines, each with the statements that dispute it; a disputed or
	 * disputing statement of an unpublished round is left out, as readers may not see it.
	 */
	List<StatementLine> lines(Loaded loaded, TranslatedTexts texts, CitedSources sources) {
		Map<Long, List<StatementRef>> disputedBy = new LinkedHashMap<>();
		loaded.disputing()
			.stream()
			.filter(StatementLines::visible)
			.forEach((statement) -> disputedBy
				.computeIfAbsent(statement.getDisputes().getId(), (id) -> new ArrayList<>())
				.add(reference(statement, texts)));
		return loaded.statements()
			.stream()
			.map((statement) -> new StatementLine(statement.getSlug(), person(statement), statement.getSpeakerTitle(),
					new PartyRef(statement.getParty().getSlug(), statement.getParty().getNames()), statement.getSaid(),
					texts.of(statement, "text"), texts.of(statement, "quote"), round(statement.getRound()),
					visible(statement.getDisputes()) ? reference(statement.getDisputes(), texts) : null,
					disputedBy.getOrDefault(statement.getId(), List.of()), sources.cite(statement.getSources())))
			.toList();
	}

	private static boolean visible(Statement statement) {
		return statement != null && (statement.getRound() == null || statement.getRound().isPublished());
	}

	private static StatementRef reference(Statement statement, TranslatedTexts texts) {
		Name speaker = (statement.getSpeaker() != null) ? statement.getSpeaker().getNames()
				: statement.getParty().getNames();
		return new StatementRef(statement.getSlug(), speaker, texts.of(statement, "text"),
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

	/**
	 * A page of statements and those disputing them, as read before their texts'
	 * translations.
	 */
	record Loaded(List<Statement> statements, List<Statement> disputing) {

		/**
		 * Every statement whose text the lines show: these, what they dispute, and those
		 * disputing them.
		 */
		List<WrittenTexts> written() {
			List<WrittenTexts> written = new ArrayList<>(this.statements);
			this.statements.stream().map(Statement::getDisputes).filter(StatementLines::visible).forEach(written::add);
			written.addAll(this.disputing);
			return written;
		}

	}

}
