package org.talkstracker.translation;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.talkstracker.memorandum.Memorandum;
import org.talkstracker.memorandum.MemorandumRepository;
import org.talkstracker.proposal.ProposalRepository;
import org.talkstracker.round.Round;
import org.talkstracker.round.RoundRepository;
import org.talkstracker.statement.StatementRepository;
import org.talkstracker.text.WrittenTexts;
import org.talkstracker.web.RecordNotFoundException;

/**
 * Finds the text an editors' address names: a round's, a proposal's, a memorandum's, a
 * clause's or a statement's, by the path variables of the addresses in
 * {@link TranslationAdminController}.
 */
@Component
class FactTexts {

	static final String ROUND = "/admin/rounds/{round}/texts/{field}";

	static final String PROPOSAL = "/admin/rounds/{round}/proposals/{proposal}/texts/{field}";

	static final String MEMORANDUM = "/admin/memoranda/{memorandum}/texts/{field}";

	static final String CLAUSE = "/admin/memoranda/{memorandum}/clauses/{clause}/texts/{field}";

	static final String STATEMENT = "/admin/statements/{process}/{statement}/texts/{field}";

	private static final List<String> ADDRESSES = List.of(ROUND, PROPOSAL, MEMORANDUM, CLAUSE, STATEMENT);

	private static final AntPathMatcher MATCHER = new AntPathMatcher();

	private final RoundRepository rounds;

	private final ProposalRepository proposals;

	private final MemorandumRepository memoranda;

	private final StatementRepository statements;

	FactTexts(RoundRepository rounds, ProposalRepository proposals, MemorandumRepository memoranda,
			StatementRepository statements) {
		this.rounds = rounds;
		this.proposals = proposals;
		this.memoranda = memoranda;
		this.statements = statements;
	}

	/**
	 * The text at its editors' address ({@link TextOfFact#address}), or the 404 page: the
	 * key by which a change of it is proposed for approval. Call within a transaction.
	 */
	TextOfFact find(String address) {
		return ADDRESSES.stream()
			.filter((pattern) -> MATCHER.match(pattern, address))
			.findFirst()
			.map((pattern) -> find(MATCHER.extractUriTemplateVariables(pattern, address)))
			.orElseThrow(() -> new RecordNotFoundException("text", address));
	}

	/** The text the path names, or the 404 page. Call within a transaction. */
	TextOfFact find(Map<String, String> path) {
		String field = path.get("field");
		if (path.containsKey("proposal")) {
			Round round = round(path.get("round"));
			String base = "/admin/rounds/" + round.getSlug() + "/proposals/" + path.get("proposal");
			return text("proposal", path.get("proposal"),
					this.proposals.findByRoundAndSlug(round, path.get("proposal"))
						.orElseThrow(() -> new RecordNotFoundException("proposal", path.get("proposal"))),
					field, base, base + "/edit");
		}
		if (path.containsKey("round")) {
			Round round = round(path.get("round"));
			String base = "/admin/rounds/" + round.getSlug();
			return text("round", round.getSlug(), round, field, base, base + "/edit");
		}
		if (path.containsKey("clause")) {
			Memorandum memorandum = memorandum(path.get("memorandum"));
			String base = "/admin/memoranda/" + memorandum.getSlug() + "/clauses/" + path.get("clause");
			return text("clause", memorandum.getSlug() + " " + path.get("clause"),
					clause(memorandum, path.get("clause")), field, base, base + "/edit");
		}
		if (path.containsKey("memorandum")) {
			Memorandum memorandum = memorandum(path.get("memorandum"));
			String base = "/admin/memoranda/" + memorandum.getSlug();
			return text("memorandum", memorandum.getSlug(), memorandum, field, base, base + "/edit");
		}
		String key = path.get("process") + "/" + path.get("statement");
		String base = "/admin/statements/" + key;
		return text("statement", key,
				this.statements.findByProcess_SlugAndSlug(path.get("process"), path.get("statement"))
					.orElseThrow(() -> new RecordNotFoundException("statement", key)),
				field, base, base + "/edit");
	}

	private static TextOfFact text(String kind, String name, WrittenTexts fact, String field, String base,
			String factAddress) {
		if (!fact.textFields().contains(field)) {
			throw new RecordNotFoundException("text of a " + kind, field);
		}
		return new TextOfFact(kind, name, fact, field, base + "/texts/" + field, factAddress);
	}

	private Round round(String slug) {
		return this.rounds.findBySlug(slug).orElseThrow(() -> new RecordNotFoundException("round", slug));
	}

	private Memorandum memorandum(String slug) {
		return this.memoranda.findBySlug(slug).orElseThrow(() -> new RecordNotFoundException("memorandum", slug));
	}

	private static WrittenTexts clause(Memorandum memorandum, String number) {
		return memorandum.getClauses()
			.stream()
			.filter((clause) -> String.valueOf(clause.getNumber()).equals(number))
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("clause", memorandum.getSlug() + " " + number));
	}

}
