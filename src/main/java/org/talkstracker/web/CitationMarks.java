package org.talkstracker.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.AttributeValueQuotes;
import org.thymeleaf.model.IModel;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

import org.springframework.stereotype.Component;

/**
 * The citation marks after a fact: {@code <th:block tt:cite="${fact.sources}"/>} becomes
 * a superscript link to each of its numbered sources,
 * {@code <sup class="cite"><a href="#source-1" title="Source 1">[1]</a></sup>}. A round
 * page has about a hundred marks on sixty facts; written by a fragment, each fact was a
 * fragment insertion and each mark three expressions, a tenth of the page's rendering.
 * Spring Boot adds this dialect to its template engine as it adds every dialect bean.
 */
@Component
public class CitationMarks extends AbstractProcessorDialect {

	public CitationMarks() {
		super("Citation marks", "tt", StandardDialect.PROCESSOR_PRECEDENCE);
	}

	@Override
	public Set<IProcessor> getProcessors(String prefix) {
		return Set.of(new Cite(prefix));
	}

	/** Replaces its element with the marks of the numbers its expression gives. */
	private static final class Cite extends AbstractAttributeTagProcessor {

		// After th:each, th:if and th:with (200-600), so the numbers may come from them.
		private static final int PRECEDENCE = 1300;

		Cite(String prefix) {
			super(TemplateMode.HTML, prefix, null, false, "cite", true, PRECEDENCE, true);
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, IElementTagStructureHandler structureHandler) {
			Object numbers = StandardExpressions.getExpressionParser(context.getConfiguration())
				.parseExpression(context, attributeValue)
				.execute(context);
			IModelFactory factory = context.getModelFactory();
			IModel marks = factory.createModel();
			for (Object number : (Iterable<?>) numbers) {
				Map<String, String> link = new LinkedHashMap<>();
				link.put("href", "#source-" + number);
				link.put("title", HtmlEscape.escapeHtml4Xml(
						context.getMessage(CitationMarks.class, "source.link", new Object[] { number }, true)));
				marks.add(factory.createOpenElementTag("sup", "class", "cite"));
				marks.add(factory.createOpenElementTag("a", link, AttributeValueQuotes.DOUBLE, false));
				marks.add(factory.createText("[" + number + "]"));
				marks.add(factory.createCloseElementTag("a"));
				marks.add(factory.createCloseElementTag("sup"));
			}
			structureHandler.replaceWith(marks, false);
		}

	}

}
