package org.talkstracker.approval;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.util.StringUtils;
import org.talkstracker.editing.DeleteImpact;
import org.talkstracker.editing.EditingForm;
import org.talkstracker.editing.FieldRefusedException;
import org.talkstracker.editing.Proposable;

/**
 * The kinds of change that can wait for a second editor's approval: every editor's method
 * marked {@link Proposable}, found among the application's beans once they are all made.
 * A request stores a call of one as the kind's name, the keys of the record it changes
 * joined by {@code /} as its target, and the form as JSON; approving it calls the same
 * method, through the editor's proxy, so it saves as a save does.
 */
@Component
class ProposableChanges implements SmartInitializingSingleton {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The types a key may have: what a path variable of an editing page is. */
	private static final Set<Class<?>> KEYS = Set.of(String.class, int.class, Integer.class, long.class, Long.class);

	private static final String APPLICATION = ClassUtils.getPackageName(ClassUtils.getPackageName(Proposable.class));

	private final ConfigurableListableBeanFactory beans;

	private final Map<String, Change> changes = new HashMap<>();

	ProposableChanges(ConfigurableListableBeanFactory beans) {
		this.beans = beans;
	}

	@Override
	public void afterSingletonsInstantiated() {
		for (String name : this.beans.getBeanNamesForType(Object.class, false, false)) {
			Class<?> type = this.beans.getType(name, false);
			if (type == null || !type.getName().startsWith(APPLICATION + ".")) {
				continue;
			}
			Class<?> editor = ClassUtils.getUserClass(type);
			MethodIntrospector
				.selectMethods(editor,
						(MethodIntrospector.MetadataLookup<Proposable>) (method) -> AnnotatedElementUtils
							.findMergedAnnotation(method, Proposable.class))
				.forEach((method, proposable) -> register(new Change(proposable, this.beans.getBean(name), method,
						currentMethod(editor, method, proposable))));
		}
	}

	private void register(Change change) {
		Change other = this.changes.putIfAbsent(change.kind(), change);
		if (other != null) {
			throw new IllegalStateException(
					"Two changes of kind " + change.kind() + ": " + other.method() + " and " + change.method());
		}
	}

	private static Method currentMethod(Class<?> editor, Method method, Proposable proposable) {
		Class<?>[] keys = Change.keyTypes(method);
		if (!StringUtils.hasText(proposable.current())) {
			return null;
		}
		Method current = ReflectionUtils.findMethod(editor, proposable.current(), keys);
		if (current == null || !EditingForm.class.isAssignableFrom(current.getReturnType())) {
			throw new IllegalStateException(
					method + " names " + proposable.current() + ", which must take its keys and return an EditingForm");
		}
		return current;
	}

	/** The kind of change of this name. */
	Change kind(String kind) {
		Change change = this.changes.get(kind);
		if (change == null) {
			throw new IllegalArgumentException("No change of kind " + kind + " can be proposed");
		}
		return change;
	}

	/**
	 * One kind of change: the editor (its proxy, so that a call is transactional and
	 * marked as any other), its method, and the method that fills in the stored record's
	 * form, if the change is of a record that exists.
	 */
	record Change(String kind, String labels, Object editor, Method method, Method current) {

		Change(Proposable proposable, Object editor, Method method, Method current) {
			this(proposable.value(), proposable.labels(), editor, method, current);
			ReflectionUtils.makeAccessible(method);
			if (current != null) {
				ReflectionUtils.makeAccessible(current);
			}
		}

		/**
		 * The parameters that name the record: all but a form, which only the last one
		 * may be.
		 */
		static Class<?>[] keyTypes(Method method) {
			Class<?>[] types = method.getParameterTypes();
			int keys = (types.length > 0 && !isKey(types[types.length - 1])) ? types.length - 1 : types.length;
			Class<?>[] keyTypes = Arrays.copyOf(types, keys);
			if (!Arrays.stream(keyTypes).allMatch(Change::isKey)) {
				throw new IllegalStateException(method + " takes a form before a key: it cannot be proposed");
			}
			return keyTypes;
		}

		private static boolean isKey(Class<?> type) {
			return KEYS.contains(type) || type.isEnum();
		}

		private Class<?> formType() {
			Class<?>[] types = this.method.getParameterTypes();
			return (types.length > keyTypes(this.method).length) ? types[types.length - 1] : null;
		}

		/** The keys of a call, as the request's target: none, or joined by {@code /}. */
		String target(Object[] arguments) {
			int keys = keyTypes(this.method).length;
			if (keys == 0) {
				return null;
			}
			return IntStream.range(0, keys)
				.mapToObj(
						(i) -> (arguments[i] instanceof Enum<?> choice) ? choice.name() : String.valueOf(arguments[i]))
				.collect(Collectors.joining("/"));
		}

		/** The form of a call as JSON, or null for a deletion. */
		String values(Object[] arguments) {
			return (formType() != null) ? JSON.writeValueAsString(arguments[arguments.length - 1]) : null;
		}

		/** The form the stored values fill in, or null for a deletion. */
		Object form(String values) {
			return (formType() != null) ? JSON.readValue(values, formType()) : null;
		}

		/**
		 * The version of the record the call changes, as its form says or, for a
		 * deletion, as stored now; null for a record that does not exist yet.
		 */
		Long version(String target, Object[] arguments) {
			if (formType() != null && arguments[arguments.length - 1] instanceof EditingForm form) {
				return form.version();
			}
			EditingForm current = current(target);
			return (current != null) ? current.version() : null;
		}

		/**
		 * The form of the record the change concerns as stored now; null for a record
		 * that does not exist yet.
		 */
		EditingForm current(String target) {
			return (this.current != null) ? (EditingForm) invoke(this.current, keys(target)) : null;
		}

		/**
		 * Makes the change, as the editor saves it, unless the record changed since the
		 * request's version.
		 * @throws OutdatedRequestException when it did
		 * @throws FieldRefusedException when a deletion is refused by what depends on the
		 * record now
		 */
		void apply(String target, String values, Long version) {
			EditingForm current = current(target);
			if (current != null && version != null && current.version() != version) {
				throw new OutdatedRequestException();
			}
			Object[] keys = keys(target);
			Object[] arguments = (formType() != null) ? Arrays.copyOf(keys, keys.length + 1) : keys;
			if (formType() != null) {
				arguments[keys.length] = form(values);
			}
			if (invoke(this.method, arguments) instanceof DeleteImpact impact && impact.refused()) {
				throw new FieldRefusedException(null, "approval.deleteRefused");
			}
		}

		private Object[] keys(String target) {
			Class<?>[] types = keyTypes(this.method);
			List<String> keys = (types.length > 0) ? List.of(target.split("/", types.length)) : List.of();
			return IntStream.range(0, types.length)
				.mapToObj((i) -> DefaultConversionService.getSharedInstance().convert(keys.get(i), types[i]))
				.toArray();
		}

		private Object invoke(Method method, Object[] arguments) {
			try {
				return method.invoke(this.editor, arguments);
			}
			catch (InvocationTargetException ex) {
				ReflectionUtils.rethrowRuntimeException(ex.getTargetException());
				return null;
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	/** The record a request changes was changed, or removed, since it was proposed. */
	static class OutdatedRequestException extends RuntimeException {

		OutdatedRequestException() {
			super("The record changed since the request was made");
		}

	}

}
