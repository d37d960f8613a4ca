package org.talkstracker.summary;

import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.talkstracker.summary.RoundSummary.DelegationView;
import org.talkstracker.summary.RoundSummary.ExchangeView;
import org.talkstracker.summary.RoundSummary.Header;
import org.talkstracker.summary.RoundSummary.MemberView;
import org.talkstracker.summary.RoundSummary.MemorandumView;
import org.talkstracker.summary.RoundSummary.PartyProposals;
import org.talkstracker.summary.RoundSummary.ProposalView;
import org.talkstracker.summary.RoundSummary.SourceView;
import org.talkstracker.summary.RoundSummary.StageView;
import org.talkstracker.summary.RoundSummary.StatementRef;
import org.talkstracker.summary.RoundSummary.StatementView;
import org.talkstracker.summary.RoundSummary.ThirdPartyView;

/**
 * A round as Markdown (CommonMark with GitHub's tables and footnotes) that reads as well in a
 * text editor as rendered: headings per section, tables for delegations and exchanges, sources as
 * numbered footnotes {@code [^1]}.
 */
public class MarkdownSummary {

	private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|#~])");

	private static final Pattern BULLET_START = Pattern.compile("^([-+])(?=\\s|$)");

	private static final Pattern NUMBER_START = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");

	private final ExportText text;

	public MarkdownSummary(ExportText text) {
		this.text = text;
	}

	public String render(RoundSummary summary, SummaryCitation citation) {
		StringBuilder md = new StringBuilder();
		header(md, summary.header());
		delegations(md, summary.delegations(), summary.thirdParties());
		proposals(md, summary.proposals());
		exchanges(md, summary.exchanges());
		memoranda(md, summary.memoranda());
		statements(md, summary.statements());
		sources(md, summary.sources());
		heading(md, 2, this.text.get("round.cite"));
		md.append(escape(this.text.citation(summary.header(), citation))).append('\n');
		return md.toString();
	}

	private void header(StringBuilder md, Header h) {
		heading(md, 1, escape(this.text.get("round.heading", h.number(), h.city())) + cite(h.sources()));
		md.append('*').append(escape(h.processName())).append("*\n\n");
		fact(md, "round.date", this.text.longDate(h.heldOn()));
		fact(md, "round.place", (h.venue() != null) ? h.venue() + ", " + h.city() : h.city());
		if (h.durationMinutes() != null) {
			fact(md, "round.duration", this.text.get("round.duration." + h.durationPrecision(), h.durationMinutes()));
		}
		fact(md, "round.status", this.text.label("round.status", h.status()));
		fact(md, "round.updated", this.text.date(h.updatedAt().atZone(ZoneOffset.UTC).toLocalDate()));
		md.append('\n');
		paragraph(md, h.summary());
		if (h.outcome() != null) {
			heading(md, 2, this.text.get("round.outcome"));
			paragraph(md, h.outcome());
		}
		if (h.nextSteps() != null) {
			heading(md, 2, this.text.get("round.nextSteps"));
			paragraph(md, h.nextSteps());
		}
	}

	private void fact(StringBuilder md, String label, String value) {
		md.append("- **").append(escape(this.text.get(label))).append(":** ").append(inline(value)).append('\n');
	}

	private void delegations(StringBuilder md, List<DelegationView> delegations, List<ThirdPartyView> thirdParties) {
		heading(md, 2, this.text.get("round.delegations"));
		if (delegations.isEmpty()) {
			paragraph(md, this.text.get("round.delegations.none"));
		}
		else {
			row(md, this.text.get("exports.party"), this.text.get("exports.person"), this.text.get("exports.role"),
					this.text.get("exports.titleThen"));
			md.append("| --- | --- | --- | --- |\n");
			for (DelegationView delegation : delegations) {
				for (MemberView member : delegation.members()) {
					md.append("| ")
						.append(escape(delegation.party().name()))
						.append(cite(delegation.sources()))
						.append(" | ")
						.append(cell(member.person().name()))
						.append(" | ")
						.append(cell(this.text.label("member.role", member.role())))
						.append(" | ")
						.append(cell(member.title()))
						.append(" |\n");
				}
			}
			md.append('\n');
		}
		if (!thirdParties.isEmpty()) {
			heading(md, 2, this.text.get("round.thirdParties"));
			row(md, this.text.get("exports.party"), this.text.get("exports.role"), this.text.get("exports.note"));
			md.append("| --- | --- | --- |\n");
			for (ThirdPartyView third : thirdParties) {
				md.append("| ")
					.append(escape(third.party().name()))
					.append(cite(third.sources()))
					.append(" | ")
					.append(cell(this.text.label("third.role", third.role())))
					.append(" | ")
					.append(cell(third.note()))
					.append(" |\n");
			}
			md.append('\n');
		}
	}

	private void proposals(StringBuilder md, List<PartyProposals> proposals) {
		heading(md, 2, this.text.get("round.proposals"));
		if (proposals.isEmpty()) {
			paragraph(md, this.text.get("round.proposals.none"));
		}
		for (PartyProposals group : proposals) {
			heading(md, 3, this.text.get("round.proposals.by", group.party().name()));
			for (ProposalView proposal : group.proposals()) {
				md.append("- **")
					.append(escape(proposal.title()))
					.append("**")
					.append(cite(proposal.sources()))
					.append(" (")
					.append(escape(this.text.label("proposal.category", proposal.category())))
					.append(", ")
					.append(escape(this.text.label("proposal.status", proposal.status())))
					.append(")\n");
				if (proposal.details() != null) {
					md.append("  ").append(inline(proposal.details())).append('\n');
				}
				if (proposal.response() != null) {
					md.append("\n  *").append(escape(this.text.get("proposal.response"))).append(":* ")
						.append(inline(proposal.response())).append('\n');
				}
				if (proposal.deadline() != null) {
					md.append("\n  ").append(escape(this.text.get("proposal.deadline", this.text.date(proposal.deadline()))))
						.append('\n');
				}
			}
			md.append('\n');
		}
	}

	private void exchanges(StringBuilder md, List<ExchangeView> exchanges) {
		heading(md, 2, this.text.get("round.exchanges"));
		if (exchanges.isEmpty()) {
			paragraph(md, this.text.get("round.exchanges.none"));
		}
		for (ExchangeView exchange : exchanges) {
			String kind = this.text.label("exchange.kind", exchange.kind())
					+ (exchange.allForAll() ? " — " + this.text.get("exchange.allForAll") : "");
			heading(md, 3, escape(kind) + cite(exchange.sources()));
			paragraph(md, exchange.description());
			if (exchange.criteria() != null) {
				md.append('*').append(escape(this.text.get("exchange.criteria"))).append(":* ")
					.append(inline(exchange.criteria())).append("\n\n");
			}
			if (exchange.contested()) {
				paragraph(md, this.text.get("exchange.contested"));
			}
			row(md, this.text.get("exchange.receivingSide"), this.text.get("exchange.agreed"),
					this.text.get("exchange.received"));
			md.append("| --- | ---: | ---: |\n");
			for (RoundSummary.SideProgress side : List.of(exchange.sideA(), exchange.sideB())) {
				row(md, side.party().name(), this.text.agreed(exchange, side), this.text.received(exchange, side));
			}
			md.append('\n');
			if (!exchange.stages().isEmpty()) {
				row(md, this.text.get("exchange.stage"), this.text.get("round.date"),
						this.text.get("exchange.stage.received", exchange.sideA().party().name()),
						this.text.get("exchange.stage.received", exchange.sideB().party().name()),
						this.text.get("exchange.stage.note"));
				md.append("| ---: | --- | ---: | ---: | --- |\n");
				for (StageView stage : exchange.stages()) {
					md.append("| ")
						.append(stage.sequence())
						.append(" | ")
						.append(cell(this.text.reported(stage.occurred())))
						.append(" | ")
						.append(cell(this.text.stageReceived(exchange, stage.sideAReceived(), stage.sideAWithheld())))
						.append(" | ")
						.append(cell(this.text.stageReceived(exchange, stage.sideBReceived(), stage.sideBWithheld())))
						.append(" | ")
						.append(cell(stage.note()))
						.append(cite(stage.sources()))
						.append(" |\n");
				}
				md.append('\n');
			}
		}
	}

	private void memoranda(StringBuilder md, List<MemorandumView> memoranda) {
		if (memoranda.isEmpty()) {
			return;
		}
		heading(md, 2, this.text.get("round.memoranda"));
		for (MemorandumView memorandum : memoranda) {
			heading(md, 3, escape(memorandum.title()) + cite(memorandum.sources()));
			StringBuilder meta = new StringBuilder(this.text.get("memorandum.author", memorandum.author().name()));
			if (memorandum.delivered() != null) {
				meta.append(" · ").append(this.text.get("memorandum.delivered")).append(' ')
					.append(this.text.reported(memorandum.delivered()));
			}
			if (memorandum.publishedOn() != null) {
				meta.append(" · ").append(this.text.get("memorandum.published", this.text.date(memorandum.publishedOn())));
			}
			paragraph(md, meta.toString());
			paragraph(md, memorandum.summary());
			if (memorandum.clauses().isEmpty()) {
				paragraph(md, this.text.get("memorandum.noClauses"));
			}
			for (RoundSummary.ClauseView clause : memorandum.clauses()) {
				md.append(clause.number())
					.append(". *")
					.append(escape(this.text.label("clause.topic", clause.topic())))
					.append(":* ")
					.append(inline(clause.text()))
					.append(cite(clause.sources()))
					.append('\n');
			}
			md.append('\n');
		}
	}

	private void statements(StringBuilder md, List<StatementView> statements) {
		if (statements.isEmpty()) {
			return;
		}
		heading(md, 2, this.text.get("round.statements"));
		for (StatementView statement : statements) {
			md.append("- **")
				.append(escape((statement.speaker() != null) ? statement.speaker().name() : statement.party().name()))
				.append("**");
			if (statement.speakerTitle() != null) {
				md.append(", ").append(escape(statement.speakerTitle()));
			}
			if (statement.speaker() != null) {
				md.append(" (").append(escape(statement.party().name())).append(')');
			}
			if (statement.said() != null) {
				md.append(" · ").append(escape(this.text.reported(statement.said())));
			}
			md.append(": ").append(inline(statement.text())).append(cite(statement.sources())).append('\n');
			if (statement.quote() != null) {
				md.append("\n  > “").append(inline(statement.quote())).append("”\n");
			}
			if (statement.disputes() != null) {
				dispute(md, "statement.disputes", statement.disputes());
			}
			for (StatementRef other : statement.disputedBy()) {
				dispute(md, "statement.disputedBy", other);
			}
		}
		md.append('\n');
	}

	private void dispute(StringBuilder md, String label, StatementRef other) {
		md.append("\n  *").append(escape(this.text.get(label, other.speaker()))).append(":* ")
			.append(inline(other.text())).append('\n');
	}

	private void sources(StringBuilder md, List<SourceView> sources) {
		heading(md, 2, this.text.get("round.sources"));
		for (SourceView source : sources) {
			md.append("[^").append(source.number()).append("]: **").append(escape(source.publisher())).append("**, ");
			md.append('*').append(escape(source.title())).append('*');
			if (source.publishedOn() != null) {
				md.append(", ").append(escape(this.text.date(source.publishedOn())));
			}
			md.append(". ").append(escape(this.text.label("source.kind", source.kind())));
			if (source.url() != null) {
				md.append(". <").append(source.url()).append('>');
			}
			if (source.note() != null) {
				md.append(". ").append(inline(source.note()));
			}
			md.append('\n');
		}
		md.append('\n');
	}

	private void heading(StringBuilder md, int level, String markdown) {
		md.append("#".repeat(level)).append(' ').append(markdown).append("\n\n");
	}

	private void paragraph(StringBuilder md, String value) {
		if (value != null) {
			md.append(inline(value)).append("\n\n");
		}
	}

	private void row(StringBuilder md, String... cells) {
		md.append(List.of(cells).stream().map(this::cell).collect(Collectors.joining(" | ", "| ", " |\n")));
	}

	private String cell(String value) {
		return (value != null) ? inline(value) : "";
	}

	private static String cite(List<Integer> sources) {
		return sources.stream().map((number) -> "[^" + number + "]").collect(Collectors.joining());
	}

	/** Text on one line, so a line break in the data can never end a list item or table row. */
	private static String inline(String value) {
		String oneLine = String.join(" ", value.strip().split("\\s*\\R\\s*"));
		// A paragraph that happens to start like a list item stays a paragraph.
		String escaped = BULLET_START.matcher(escape(oneLine)).replaceFirst("\\\\$1");
		return NUMBER_START.matcher(escaped).replaceFirst("$1\\\\$2");
	}

	private static String escape(String value) {
		return SPECIAL.matcher(value).replaceAll("\\\\$1");
	}

}
