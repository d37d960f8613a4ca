package org.talkstracker;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application's {@link Clock} in every test application (autowire {@code Clock} and
 * cast): it follows the clock it wraps until a test sets the time, and again once the
 * test lets go. Installed by {@link Installer} (registered in
 * {@code META-INF/spring.factories}), so tests that set the time share the application
 * context of those that do not.
 */
public final class TestClock extends Clock {

	private final Clock wrapped;

	private volatile Instant now;

	private TestClock(Clock wrapped) {
		this.wrapped = wrapped;
	}

	/** From now on the application reads this instant, until {@link #letGo()}. */
	public void set(Instant now) {
		this.now = now;
	}

	public void letGo() {
		this.now = null;
	}

	@Override
	public Instant instant() {
		Instant set = this.now;
		return (set != null) ? set : this.wrapped.instant();
	}

	@Override
	public ZoneId getZone() {
		return this.wrapped.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The application reads its clock in UTC");
	}

	public static final class Installer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return (bean instanceof Clock clock && !(bean instanceof TestClock)) ? new TestClock(clock) : bean;
				}
			});
		}

	}

}
