package org.talkstracker.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.MessageSource;
import org.talkstracker.editing.Name;
import org.talkstracker.exchange.CountPrecision;
import org.talkstracker.exchange.ExchangeKind;
import org.talkstracker.exchange.ExchangeSide;
import org.talkstracker.exchange.ExchangeView;
import org.talkstracker.exchange.ExchangeView.SideProgress;
import org.talkstracker.exchange.ExchangeView.StageView;
import org.talkstracker.exchange.ReceivedCounts;
import org.talkstracker.exchange.ReportedTotalView;
import org.talkstracker.memorandum.ClauseTopic;
import org.talkstracker.proposal.ProposalCategory;
import org.talkstracker.proposal.ProposalStatus;
import org.talkstracker.round.DurationPrecision;
import org.talkstracker.round.MemberRole;
import org.talkstracker.round.RoundStatus;
import org.talkstracker.round.RoundTimes;
import org.talkstracker.round.ThirdPartyRole;
import org.talkstracker.source.DatePrecision;
import org.talkstracker.source.ReportedDate;
import org.talkstracker.source.SourceKind;
import org.talkstracker.summary.RoundSummary.ClauseView;
import org.talkstracker.summary.RoundSummary.DelegationView;
import org.talkstracker.summary.RoundSummary.Header;
import org.talkstracker.summary.RoundSummary.MemberView;
import org.talkstracker.summary.RoundSummary.MemorandumView;
import org.talkstracker.summary.RoundSummary.PartyProposals;
import org.talkstracker.summary.RoundSummary.PartyRef;
import org.talkstracker.summary.RoundSummary.PersonRef;
import org.talkstracker.summary.RoundSummary.ProposalView;
import org.talkstracker.summary.RoundSummary.SourceView;
import org.talkstracker.summary.RoundSummary.StatementRef;
import org.talkstracker.summary.RoundSummary.StatementView;
import org.talkstracker.summary.RoundSummary.ThirdPartyView;
import org.talkstracker.text.Text;
import org.talkstracker.web.DataLicence;
import org.talkstracker.web.IcuMessageSource;

/**
 * A round summary built by hand, for testing the renderings without Spring or a database:
 * names in Cyrillic (Russian and Ukrainian) and Turkish, and values with commas, quotes,
 * line breaks and Markdown's special characters.
 */
final class SampleSummary {

	static final String UMEROV = "Рустем Умєров";

	static final String MEDINSKY = "Владимир Мединский";

	static final String VENUE = "Çırağan Palace";

	static final String TRICKY = "Swap \"all for all\", then* more | later,\nsaid [the] <envoy> #1";

	static final SummaryCitation CITATION = new SummaryCitation("https://talks.example/rounds/istanbul-2025-07-23",
			LocalDate.of(2026, 11, 26), null);

	static final DataLicence LICENCE = new DataLicence("CC-BY-4.0", "Creative Commons Attribution 4.0 International",
			"https://creativecommons.org/licenses/by/4.0/");

	private SampleSummary() {
	}

	static ExportText text() {
		return new ExportText(messages(), Locale.ENGLISH);
	}

	/**
	 * The HTML and Markdown templates, with the messages the application's template
	 * engine has.
	 */
	static ITemplateEngine templates() {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateEngineMessageSource(messages());
		engine.addTemplateResolver(SummaryTemplateConfiguration.markdownTemplates(true));
		ClassLoaderTemplateResolver html = new ClassLoaderTemplateResolver();
		html.setPrefix("templates/");
		html.setSuffix(".html");
		html.setCharacterEncoding("UTF-8");
		html.setOrder(1);
		engine.addTemplateResolver(html);
		return engine;
	}

	private static MessageSource messages() {
		return IcuMessageSource.of("messages/messages", "messages/timeline", "messages/exchanges", "messages/memoranda",
				"messages/parties", "messages/search", "messages/exports", "messages/admin", "messages/releases");
	}

	/** A name given in English only. */
	static Name en(String name) {
		return Name.of(name, null, null, null);
	}

	static RoundSummary round() {
		PartyRef russia = new PartyRef("russia", en("Russia"));
		PartyRef ukraine = new PartyRef("ukraine", en("Україна"));
		PartyRef turkey = new PartyRef("turkey", en("Türkiye"));
		Header header = new Header("istanbul-2025-07-23", 3, en("Russia–Ukraine direct talks (2025)"),
				"russia-ukraine-direct-talks-2025", RoundStatus.HELD, LocalDate.of(2025, 7, 23), en("İstanbul"),
				en(VENUE), new RoundTimes(null, null, null, null), 40, DurationPrecision.APPROXIMATE,
				Text.english("Third meeting, at the " + VENUE + "."), Text.english(TRICKY),
				Text.english("1. Meet again"), Instant.parse("2025-07-24T08:00:00Z"), List.of(1));
		List<DelegationView> delegations = List.of(
				new DelegationView(ukraine,
						List.of(new MemberView(new PersonRef("rustem-umerov", en(UMEROV)), "Секретар РНБО",
								MemberRole.HEAD, List.of())),
						List.of(1)),
				new DelegationView(russia, List.of(new MemberView(new PersonRef("vladimir-medinsky", en(MEDINSKY)),
						"Помощник президента", MemberRole.HEAD, List.of())), List.of(1, 2)));
		List<ThirdPartyView> third = List
			.of(new ThirdPartyView(turkey, ThirdPartyRole.HOST, "Hosted by Hakan Fidan at " + VENUE, List.of(2)));
		List<PartyProposals> proposals = List.of(new PartyProposals(ukraine,
				List.of(new ProposalView("leaders-meeting", ProposalCategory.POLITICAL,
						Text.english("A leaders' meeting, \"soon\""), Text.english(TRICKY), ProposalStatus.REJECTED,
						Text.english("- no"), LocalDate.of(2025, 8, 30), List.of(1)))));
		ExchangeView exchange = ExchangeView.of("prisoners-1200", ExchangeKind.PRISONERS_OF_WAR, false,
				new SideProgress(russia.named(), 1200, CountPrecision.AT_LEAST, 55, true, false),
				new SideProgress(ukraine.named(), 1200, CountPrecision.EXACT, 60, false, false),
				"Seriously injured, first", "1,200 each",
				List.of(new StageView(1, new ReportedDate(LocalDate.of(2025, 8, 1), DatePrecision.DAY), null,
						new ReceivedCounts(30, 30, 30), new ReceivedCounts(30, 30, 30), false, false,
						"=HYPERLINK(\"https://example.org\", \"First stage\")", List.of(1)),
						new StageView(2, new ReportedDate(LocalDate.of(2025, 8, 1), DatePrecision.MONTH), null,
								new ReceivedCounts(30, 25, 25), new ReceivedCounts(30, 30, 30), false, false, null,
								List.of(2))),
				// Ukraine reports it received what the stages give it; Russia, that it
				// handed over 65.
				List.of(new ReportedTotalView(ExchangeSide.SIDE_B, ExchangeSide.SIDE_A, ukraine.name(), russia.name(),
						65, LocalDate.of(2025, 8, 3), List.of(2), false),
						new ReportedTotalView(ExchangeSide.SIDE_B, ExchangeSide.SIDE_B, ukraine.name(), ukraine.name(),
								60, LocalDate.of(2025, 8, 2), List.of(1), false)),
				List.of(1));
		MemorandumView memorandum = new MemorandumView("russian-memorandum-2025-07", en("Меморандум"), russia,
				new ReportedDate(LocalDate.of(2025, 7, 23), DatePrecision.APPROXIMATE), LocalDate.of(2025, 7, 24),
				Text.english("Summary, with a comma"),
				List.of(new ClauseView(1, ClauseTopic.TERRITORY, Text.english(TRICKY), List.of(2))), List.of(2));
		StatementRef umerovSaid = new StatementRef("umerov-children", en(UMEROV),
				Text.english("Children must come home."));
		StatementRef medinskySaid = new StatementRef("medinsky-show", en(MEDINSKY), Text.english("A show."));
		List<StatementView> statements = List.of(
				new StatementView("umerov-children", new PersonRef("rustem-umerov", en(UMEROV)), "Секретар РНБО",
						ukraine, new ReportedDate(LocalDate.of(2025, 7, 23), DatePrecision.DAY),
						Text.english("Children must come home."), null, null, List.of(medinskySaid), List.of(1)),
				new StatementView("medinsky-show", new PersonRef("vladimir-medinsky", en(MEDINSKY)), null, russia, null,
						Text.english("A show."), Text.english("make a \"show\""), umerovSaid, List.of(), List.of(1)));
		List<SourceView> sources = List.of(
				new SourceView(1, "report", "Українська правда", "Переговори в Стамбулі",
						"https://example.org/a?b=1&c=2", LocalDate.of(2025, 7, 23), SourceKind.INDEPENDENT, null),
				new SourceView(2, "agency", "RIA, \"Novosti\"", "Title, with comma", null, null, SourceKind.STATE_MEDIA,
						"Line one\nline two"));
		return new RoundSummary(header, delegations, third, proposals, List.of(exchange), List.of(memorandum),
				statements, sources, Optional.empty(), Optional.empty());
	}

	/**
	 * The same round, its city not known (as of a round scheduled before its place is).
	 */
	static RoundSummary roundWithoutACity() {
		RoundSummary round = round();
		Header h = round.header();
		return new RoundSummary(
				new Header(h.slug(), h.number(), h.processName(), h.processSlug(), h.status(), h.heldOn(), null,
						h.venue(), h.times(), h.durationMinutes(), h.durationPrecision(), h.summary(), h.outcome(),
						h.nextSteps(), h.updatedAt(), h.sources()),
				round.delegations(), round.thirdParties(), round.proposals(), round.exchanges(), round.memoranda(),
				round.statements(), round.sources(), round.previous(), round.next());
	}

}
