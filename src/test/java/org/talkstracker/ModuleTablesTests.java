package org.talkstracker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.data.jpa.repository.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module answers for its own tables: the modules the features build on ({@code source},
 * {@code process}, {@code people}, {@code round}) name in their queries only their own
 * tables and those of the modules they use, never a table of a module that uses them.
 * What of a feature depends on them, the feature answers through an interface they
 * define.
 */
class ModuleTablesTests {

	/**
	 * The tables of each module; a table not listed here belongs to none of the modules
	 * checked.
	 */
	private static final Map<String, Set<String>> TABLES = Map.of("source", Set.of("source", "citation"), "process",
			Set.of("process", "party", "process_party"), "people", Set.of("person", "person_alias"), "round",
			Set.of("round", "delegation", "delegation_member", "third_party", "round_withdrawal"), "proposal",
			Set.of("proposal"), "exchange", Set.of("exchange_agreement", "exchange_stage"), "memorandum",
			Set.of("memorandum", "clause"), "statement", Set.of("statement"), "timeline", Set.of("context_event"));

	/** The modules each checked module uses, as docs/ARCHITECTURE.md lists them. */
	private static final Map<String, Set<String>> USES = Map.of("source", Set.of(), "process", Set.of("source"),
			"people", Set.of("source"), "round", Set.of("process", "people", "source"));

	private static final Pattern TABLE = Pattern.compile("(?i)\\b(?:from|join)\\s+([a-z_]+)");

	@ParameterizedTest
	@ValueSource(strings = { "source", "process", "people", "round" })
	void aModuleQueriesNoTableOfAModuleThatUsesIt(String module) {
		List<String> foreign = new ArrayList<>();
		for (JavaClass type : new ClassFileImporter().importPackages("org.talkstracker." + module)) {
			for (JavaMethod method : type.getMethods()) {
				if (method.isAnnotatedWith(Query.class)) {
					Matcher tables = TABLE.matcher(method.getAnnotationOfType(Query.class).value());
					while (tables.find()) {
						String table = tables.group(1).toLowerCase();
						if (!mayRead(module, table)) {
							foreign.add(type.getSimpleName() + "." + method.getName() + " reads " + table);
						}
					}
				}
			}
		}
		assertThat(foreign).isEmpty();
	}

	private static boolean mayRead(String module, String table) {
		return TABLES.entrySet()
			.stream()
			.filter((owner) -> owner.getValue().contains(table))
			.allMatch((owner) -> owner.getKey().equals(module) || USES.get(module).contains(owner.getKey()));
	}

}
