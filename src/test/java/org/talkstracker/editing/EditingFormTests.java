package org.talkstracker.editing;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each editing form names every field an editor fills in, in the form's order, so the
 * conflict page leaves none out when someone else saved first. A field added to a form
 * and forgotten in its list fails here.
 */
class EditingFormTests {

	@ParameterizedTest(name = "{0}")
	@MethodSource("editingForms")
	void anEditingFormNamesEachOfItsFieldsButTheVersion(Class<?> type) {
		EditingForm empty = (EditingForm) BeanUtils.instantiateClass(BeanUtils.getResolvableConstructor(type),
				new Object[type.getRecordComponents().length]);

		assertThat(empty.fields()).extracting(EditingForm.Field::name)
			.containsExactlyElementsOf(Arrays.stream(type.getRecordComponents())
				.map(RecordComponent::getName)
				.filter((name) -> !name.equals("version"))
				.toList());
	}

	static Stream<Class<?>> editingForms() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(EditingForm.class));
		List<Class<?>> forms = scanner.findCandidateComponents("org.talkstracker")
			.stream()
			.map(BeanDefinition::getBeanClassName)
			.<Class<?>>map((name) -> ClassUtils.resolveClassName(name, null))
			.toList();
		assertThat(forms).as("editing forms").hasSizeGreaterThanOrEqualTo(15);
		return forms.stream();
	}

}
