package org.talkstracker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.test.context.BootstrapUtils;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starting applications is much of a test run's time, and Spring starts one per distinct
 * test configuration (its context cache key): the test classes keep to the four of README
 * "Tests".
 */
class TestApplicationsTests {

	static final int APPLICATIONS = 4;

	@Test
	void theTestClassesShareFourApplications() throws Exception {
		Map<MergedContextConfiguration, TreeSet<String>> classesByApplication = new LinkedHashMap<>();
		for (Class<?> testClass : springBootTestClasses()) {
			MergedContextConfiguration configuration = BootstrapUtils.resolveTestContextBootstrapper(testClass)
				.buildMergedContextConfiguration();
			classesByApplication.computeIfAbsent(configuration, (key) -> new TreeSet<>())
				.add(testClass.getSimpleName());
		}

		assertThat(classesByApplication.values()).as("""
				Test classes grouped by the application each starts; give a new test class the
				configuration of one of the %d groups (README "Tests"), and set what differs in the test:
				%s""".formatted(APPLICATIONS, describe(classesByApplication))).hasSizeLessThanOrEqualTo(APPLICATIONS);
	}

	private static List<Class<?>> springBootTestClasses() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isIndependent() && !definition.getMetadata().isAnnotation();
			}
		};
		scanner.addIncludeFilter(new AnnotationTypeFilter(SpringBootTest.class, true, false));
		List<Class<?>> classes = new ArrayList<>();
		String base = ClassUtils.getPackageName(TestApplicationsTests.class);
		for (BeanDefinition definition : scanner.findCandidateComponents(base)) {
			classes
				.add(ClassUtils.forName(definition.getBeanClassName(), TestApplicationsTests.class.getClassLoader()));
		}
		classes.sort(Comparator.comparing(Class::getName));
		return classes;
	}

	private static String describe(Map<MergedContextConfiguration, TreeSet<String>> classesByApplication) {
		return classesByApplication.values()
			.stream()
			.map((classes) -> String.join(", ", classes))
			.collect(Collectors.joining("\n", "", "\n"));
	}

}
