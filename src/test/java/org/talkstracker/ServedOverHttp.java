package org.talkstracker;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The application served over HTTP on a free port, set up as deployed: the page cache on,
 * and behind a proxy at 127.0.0.1 whose forwarded client address and scheme are believed
 * (docs/OPERATIONS.md). Every test class that needs a real server takes this annotation
 * rather than its own {@code @SpringBootTest}, so they all share one application (one
 * cached context) instead of starting one each. A request that sends no forwarded headers
 * is served as before.
 * <p>
 * It runs on a database of its own ({@link TestDatabase#SERVED}), so these classes run
 * beside the mock-environment ones, one at a time among themselves: they share the
 * application, its database and its clock.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { TestDatabase.SERVED + "=true", "talks.page-cache.max-size=8MB",
				"server.forward-headers-strategy=native", "server.tomcat.remoteip.internal-proxies=127.0.0.1/32" })
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(ServedOverHttp.APPLICATION)
public @interface ServedOverHttp {

	/** The lock its test classes take turns on. */
	String APPLICATION = "the application served over HTTP";

}
