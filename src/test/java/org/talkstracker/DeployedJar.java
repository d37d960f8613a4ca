package org.talkstracker;

import java.util.List;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives the integration tests ({@code *IT}) the packaged jar started as the Docker image
 * starts it: its ahead-of-time processed beans ({@code -Dspring.aot.enabled=true}), a 256
 * MB heap (docker-compose.yml) and a JVM that exits when the heap runs out, on a new
 * database, with an administrator account for tests that sign in. Starting it is most of
 * an integration test's time, so it starts once for all of them, when the first asks for
 * it, and JUnit stops it after the last. A test class takes
 * {@code @ExtendWith(DeployedJar.class)} and a {@link PackagedApplication} parameter.
 */
public final class DeployedJar implements ParameterResolver {

	public static final String ADMINISTRATOR = "packaged-administrator";

	public static final String ADMINISTRATOR_PASSWORD = "a passphrase for the packaged jar's tests";

	private static final Namespace NAMESPACE = Namespace.create(DeployedJar.class);

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == PackagedApplication.class;
	}

	@Override
	public PackagedApplication resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(PackagedApplication.class, (key) -> start(), PackagedApplication.class);
	}

	private static PackagedApplication start() {
		try {
			return PackagedApplication
				.start(List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-Dspring.aot.enabled=true"), List
					.of("--talks.admin.username=" + ADMINISTRATOR, "--talks.admin.password=" + ADMINISTRATOR_PASSWORD));
		}
		catch (Exception ex) {
			throw new ParameterResolutionException("The packaged jar did not start", ex);
		}
	}

}
