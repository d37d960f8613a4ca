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
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * For tests whose edits commit (history is written on commit, the page cache and the kept
 * downloads follow committed changes): their application runs on a database kept apart
 * from the other tests' (created empty for each test JVM, the reference data loaded into
 * it at start, see {@link TestDatabase}), with the page cache on as deployed. Every such
 * test class takes this annotation, so they share one application. What one test commits
 * stays for the tests after it in the same JVM, so each asserts what its own edits
 * change, under names no other test uses. Being on a database of their own, these classes
 * run beside the mock-environment ones, one at a time among themselves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { TestDatabase.COMMITTING + "=true", "talks.page-cache.max-size=8MB" })
@AutoConfigureMockMvc
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(CommittingTest.APPLICATION)
public @interface CommittingTest {

	/** The lock its test classes take turns on. */
	String APPLICATION = "the application of the committing tests";

}
