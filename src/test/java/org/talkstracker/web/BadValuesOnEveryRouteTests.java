package org.talkstracker.web;

import java.io.StringReader;
import java.net.URI;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every GET route the application maps, as Spring MVC's handler mapping lists them (so a
 * new route is walked without anyone adding it here), with values no page can use in each
 * of its path variables and parameters, and in a parameter it does not take: the answer
 * is never a 5xx, and its body is whole (a page from doctype to closing tag, a problem
 * detail under the API, JSON or CSV that parses). Reader routes are walked anonymously,
 * {@code /admin} routes signed in as an administrator so that they are exercised rather
 * than sent to sign in.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BadValuesOnEveryRouteTests {

	/**
	 * Values for the path variables and required parameters not under test, so each route
	 * gets as far as it can.
	 */
	private static final Map<String, String> SAMPLES = Map.of("slug", "istanbul-2025-06-02", "round",
			"istanbul-2025-06-02", "process", "russia-ukraine-direct-talks-2025", "username", "admin");

	/**
	 * Values for anything, already encoded as in an address: the NUL and the bytes are no
	 * text at all.
	 */
	private static final List<BadValue> ANY = List.of(new BadValue("NUL", "%00"),
			new BadValue("invalid UTF-8", "%C3%28"), new BadValue("10,000 characters", "x".repeat(10_000)));

	private static final List<BadValue> NUMBERS = List.of(new BadValue("negative", "-1"),
			new BadValue("largest int", "2147483647"), new BadValue("huge", "99999999999999999999"));

	private static final List<BadValue> DATES = List.of(new BadValue("impossible date", "2025-02-30"),
			new BadValue("year zero", "0000-01-01"));

	private static final List<BadValue> CHOICES = List.of(new BadValue("unknown choice", "no-such-choice"));

	private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(:[^}]*)?}");

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@TestFactory
	Stream<DynamicContainer> everyGetRouteAnswersBadValuesWithoutAServerError() {
		List<Route> routes = routes();
		assertThat(routes).extracting(Route::pattern)
			.contains("/rounds", "/rounds/{slug}", "/api/v1/rounds", "/admin/import");
		return routes.stream()
			.map((route) -> DynamicContainer.dynamicContainer(route.pattern(),
					route.cases().map((probe) -> DynamicTest.dynamicTest(probe.name(), () -> check(route, probe)))));
	}

	private void check(Route route, Probe probe) throws Exception {
		MockHttpServletRequestBuilder request = get(URI.create(route.address(probe))).accept(MediaType.TEXT_HTML,
				MediaType.APPLICATION_JSON, MediaType.ALL);
		if (route.pattern().startsWith("/admin")) {
			request.with(user("route-walker").roles("ADMIN"));
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		int status = response.getStatus();
		String body = response.getContentAsString();
		assertThat(status)
			.as("the status of %s", route.address(probe).substring(0, Math.min(200, route.address(probe).length())))
			.isLessThan(500);
		if (status >= 300 && status < 400) {
			return;
		}
		if (status >= 400 && body.isEmpty()) {
			// Refused with sendError before any controller ran (Spring Security's
			// firewall): the
			// servlet container renders the error page, which MockMvc does not
			// (BadInputOverHttpTests).
			assertThat(response.isCommitted()).isTrue();
			return;
		}
		MediaType type = MediaType.parseMediaType(response.getContentType());
		if (status >= 400 && route.pattern().startsWith("/api/")) {
			assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as("a problem detail: %s", type)
				.isTrue();
			assertThat(json.readTree(body).path("status").asInt()).isEqualTo(status);
		}
		else if (status >= 400 || type.isCompatibleWith(MediaType.TEXT_HTML)) {
			assertThat(type.isCompatibleWith(MediaType.TEXT_HTML)).as("a page: %s", type).isTrue();
			assertThat(body.strip()).startsWith("<!DOCTYPE html>").endsWith("</html>").contains("Talks Tracker");
		}
		else if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
			JsonNode parsed = json.readTree(body);
			assertThat(parsed.isObject() || parsed.isArray()).isTrue();
		}
		else if (type.isCompatibleWith(MediaType.parseMediaType("text/csv"))) {
			assertThat(CSVFormat.DEFAULT.parse(new StringReader(body)).getRecords()).isNotEmpty();
		}
	}

	/**
	 * The GET routes that are ours: springdoc's description and Swagger UI are its own,
	 * and tested there.
	 */
	private List<Route> routes() {
		DefaultParameterNameDiscoverer names = new DefaultParameterNameDiscoverer();
		List<Route> routes = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = mapping.getKey();
			HandlerMethod handler = mapping.getValue();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if ((!methods.isEmpty() && !methods.contains(RequestMethod.GET))
					|| handler.getBeanType().getName().startsWith("org.springdoc.")) {
				continue;
			}
			List<Input> inputs = new ArrayList<>();
			for (MethodParameter parameter : handler.getMethodParameters()) {
				parameter.initParameterNameDiscovery(names);
				inputs.addAll(inputs(parameter));
			}
			for (String pattern : info.getPatternValues()) {
				routes.add(new Route(pattern, inputs));
			}
		}
		return routes;
	}

	private static List<Input> inputs(MethodParameter parameter) {
		PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
		if (path != null) {
			return List.of(new Input(name(path.value(), parameter), true, parameter.getParameterType(), true));
		}
		RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
		if (param != null) {
			boolean required = param.required() && ValueConstants.DEFAULT_NONE.equals(param.defaultValue());
			return List.of(new Input(name(param.value(), parameter), false, elementType(parameter), required));
		}
		if (parameter.hasParameterAnnotation(ModelAttribute.class) && parameter.getParameterType().isRecord()) {
			return Stream.of(parameter.getParameterType().getRecordComponents())
				.map((component) -> new Input(component.getName(), false, component.getType(), false))
				.toList();
		}
		return List.of();
	}

	private static String name(String declared, MethodParameter parameter) {
		return declared.isEmpty() ? parameter.getParameterName() : declared;
	}

	private static Class<?> elementType(MethodParameter parameter) {
		return Collection.class.isAssignableFrom(parameter.getParameterType()) ? parameter.getNestedParameterType()
				: parameter.getParameterType();
	}

	/** A path variable or a request parameter of a route. */
	record Input(String name, boolean inPath, Class<?> type, boolean required) {

		/**
		 * The values for anything, and those for its kind; a type of the application's
		 * own gets them all.
		 */
		List<BadValue> badValues() {
			List<BadValue> values = new ArrayList<>(ANY);
			if (this.type == String.class) {
				return values;
			}
			boolean number = (this.type.isPrimitive() && this.type != boolean.class)
					|| Number.class.isAssignableFrom(this.type);
			boolean date = Temporal.class.isAssignableFrom(this.type);
			boolean choice = this.type.isEnum() || this.type == boolean.class || this.type == Boolean.class;
			boolean other = !number && !date && !choice;
			if (number || other) {
				values.addAll(NUMBERS);
			}
			if (date || other) {
				values.addAll(DATES);
			}
			if (choice || other) {
				values.addAll(CHOICES);
			}
			return values;
		}

		String sample() {
			return SAMPLES.getOrDefault(this.name,
					(this.type.isPrimitive() || Number.class.isAssignableFrom(this.type)) ? "1" : "x");
		}

	}

	/** A value no page can use, as it is written in an address. */
	record BadValue(String description, String encoded) {
	}

	/**
	 * One request of the walk: a bad value in one input, or in a parameter the route does
	 * not take.
	 */
	record Probe(Input input, BadValue value) {

		String name() {
			return ((this.input.inPath()) ? "{" + this.input.name() + "}" : this.input.name()) + " = "
					+ this.value.description();
		}

	}

	record Route(String pattern, List<Input> inputs) {

		private static final Input UNKNOWN = new Input("unknown-parameter", false, String.class, false);

		/**
		 * Each bad value in each input; a route that takes none gets them in a parameter
		 * it does not take.
		 */
		Stream<Probe> cases() {
			List<Input> probed = this.inputs.isEmpty() ? List.of(UNKNOWN) : this.inputs;
			return probed.stream()
				.flatMap((input) -> input.badValues().stream().map((value) -> new Probe(input, value)));
		}

		String address(Probe probe) {
			Matcher variable = VARIABLE.matcher(this.pattern.replace("/**", "/x"));
			StringBuilder path = new StringBuilder();
			while (variable.find()) {
				String name = variable.group(1);
				String value = (probe.input().inPath() && probe.input().name().equals(name)) ? probe.value().encoded()
						: pathInput(name).sample();
				variable.appendReplacement(path, Matcher.quoteReplacement(value));
			}
			variable.appendTail(path);
			List<String> query = new ArrayList<>();
			if (!probe.input().inPath()) {
				query.add(probe.input().name() + "=" + probe.value().encoded());
			}
			this.inputs.stream()
				.filter((input) -> !input.inPath() && input.required() && !input.equals(probe.input()))
				.forEach((input) -> query.add(input.name() + "=" + input.sample()));
			return query.isEmpty() ? path.toString() : path + "?" + String.join("&", query);
		}

		private Input pathInput(String name) {
			return this.inputs.stream()
				.filter((input) -> input.inPath() && input.name().equals(name))
				.findFirst()
				.orElse(new Input(name, true, String.class, true));
		}

		@Override
		public String toString() {
			return this.pattern + " " + this.inputs.stream().map(Input::name).collect(Collectors.joining(", "));
		}

	}

}
