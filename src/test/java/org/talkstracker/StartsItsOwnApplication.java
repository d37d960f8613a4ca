package org.talkstracker;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * For a test class that starts an application of its own on a database of its own
 * ({@link TestDatabase#OWN_DATABASE}): sharing nothing with the cached applications, it
 * runs beside the mock-environment classes (the test classes run two at a time, see
 * {@code junit-platform.properties}), one such class at a time, its tests one after
 * another.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(StartsItsOwnApplication.APPLICATIONS)
public @interface StartsItsOwnApplication {

	/** The lock these classes take turns on. */
	String APPLICATIONS = "the applications started by test classes themselves";

}
