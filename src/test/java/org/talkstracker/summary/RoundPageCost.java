package org.talkstracker.summary;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.talkstracker.TalksTrackerApplication;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Where a rendered round page's CPU goes, measured apart: the controller's reads (its
 * statements through the driver, and the JSON-LD), the view rendering {@code round/show}
 * with a model read once, and the whole request through Spring MVC and the application's
 * filters (MockMvc, no Tomcat). Each part runs single-threaded, warmed up first, and is
 * reported as CPU of the measuring thread per operation, CPU of the whole process per
 * operation (compilers and collector included) and bytes allocated per operation. Not a
 * test: {@code scripts/round-page-cost} runs it against a database with the reference
 * data, with the page cache off.
 */
public final class RoundPageCost {

	private static final Pattern ELEMENT = Pattern.compile("<[a-zA-Z]");

	private RoundPageCost() {
	}

	public static void main(String[] args) throws Exception {
		String path = System.getProperty("cost.path", "/rounds/istanbul-2025-06-02");
		int warmUp = Integer.getInteger("cost.warmup", 3000);
		int runs = Integer.getInteger("cost.runs", 2000);
		SpringApplication application = new SpringApplication(TalksTrackerApplication.class);
		// The tests' own initializers (their database, statement counting, clock) stay
		// out: this
		// measures the application as it runs.
		application.setInitializers(application.getInitializers()
			.stream()
			.filter((initializer) -> !initializer.getClass().getName().startsWith("org.talkstracker."))
			.toList());
		ConfigurableApplicationContext context = application.run(args);
		try {
			MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
				.apply(springSecurity())
				.build();
			MvcResult once = mvc.perform(get(path)).andReturn();
			String page = once.getResponse().getContentAsString(StandardCharsets.UTF_8);
			System.out.printf("page %s: %d bytes, %d elements, status %d%n", path,
					page.getBytes(StandardCharsets.UTF_8).length, ELEMENT.matcher(page).results().count(),
					once.getResponse().getStatus());
			Map<String, Object> model = once.getModelAndView().getModel();
			MockHttpServletRequest request = once.getRequest();
			Locale locale = request.getLocale();
			View view = context.getBean("thymeleafViewResolver", ViewResolver.class)
				.resolveViewName(once.getModelAndView().getViewName(), locale);
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			Supplier<Long> database = () -> databaseCpuNanos(jdbc);
			if (path.contains("/rounds/")) {
				RoundPageController controller = context.getBean(RoundPageController.class);
				String slug = path.substring(path.lastIndexOf('/') + 1);
				RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
				LocaleContextHolder.setLocale(locale);
				measure("read (controller: statements, JSON-LD)", warmUp, runs, database,
						() -> controller.show(slug, new ExtendedModelMap(), new MockHttpServletResponse()));
				RequestContextHolder.resetRequestAttributes();
				LocaleContextHolder.resetLocaleContext();
			}
			measure("render " + once.getModelAndView().getViewName() + " (model read once)", warmUp, runs, database,
					() -> {
						MockHttpServletResponse response = new MockHttpServletResponse();
						try {
							view.render(model, request, response);
							return response.getContentAsByteArray().length;
						}
						catch (Exception ex) {
							throw new IllegalStateException(ex);
						}
					});
			measure("whole request through MockMvc (no Tomcat)", warmUp, runs, database, () -> {
				try {
					return mvc.perform(get(path)).andReturn().getResponse().getContentAsByteArray().length;
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
		}
		finally {
			context.close();
		}
	}

	/**
	 * CPU time of the PostgreSQL backends serving this application (its connections share
	 * the application name the script sets), from {@code /proc}: the database's share of
	 * a page, which on a small machine competes with the JVM for the same cores.
	 */
	private static long databaseCpuNanos(JdbcTemplate jdbc) {
		List<Integer> backends = jdbc.queryForList(
				"select pid from pg_stat_activity where application_name = current_setting('application_name')",
				Integer.class);
		long ticks = 0;
		for (int backend : backends) {
			try {
				String stat = Files.readString(Path.of("/proc", String.valueOf(backend), "stat"));
				String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			}
			catch (IOException ex) {
				return -1;
			}
		}
		return ticks * 10_000_000L;
	}

	private static void measure(String what, int warmUp, int runs, Supplier<Long> database,
			Supplier<Object> operation) {
		ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
		OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		for (int i = 0; i < warmUp; i++) {
			operation.get();
		}
		long thread = threads.getCurrentThreadCpuTime();
		long process = os.getProcessCpuTime();
		long allocated = threads.getCurrentThreadAllocatedBytes();
		long databaseBefore = database.get();
		long wall = System.nanoTime();
		for (int i = 0; i < runs; i++) {
			operation.get();
		}
		long elapsed = System.nanoTime() - wall;
		long databaseAfter = database.get();
		System.out.printf(
				"%-45s thread CPU %.3f ms/op, process CPU %.3f ms/op, PostgreSQL CPU %.3f ms/op,"
						+ " %.0f kB allocated/op, wall %.3f ms/op%n",
				what, (threads.getCurrentThreadCpuTime() - thread) / 1e6 / runs,
				(os.getProcessCpuTime() - process) / 1e6 / runs, (databaseAfter - databaseBefore) / 1e6 / runs,
				(threads.getCurrentThreadAllocatedBytes() - allocated) / 1024.0 / runs, elapsed / 1e6 / runs);
	}

}
