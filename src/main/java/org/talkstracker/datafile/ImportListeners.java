package org.talkstracker.datafile;

import java.util.List;
import java.util.Map;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Hands the import's {@link ImportRecorder} to Hibernate as it builds the session
 * factory, for every insert, update and collection update it writes (only Hibernate's
 * events name the fields an update changed, which the dry run lists). Given with
 * Hibernate's settings, they need no finished session factory, so nothing at start waits
 * for Hibernate to register them.
 */
@Component
class ImportListeners implements HibernatePropertiesCustomizer, Integrator {

	private final ImportRecorder recorder;

	ImportListeners(ImportRecorder recorder) {
		this.recorder = recorder;
	}

	@Override
	public void customize(Map<String, Object> hibernateProperties) {
		hibernateProperties.put(JpaSettings.INTEGRATOR_PROVIDER, (IntegratorProvider) () -> List.of(this));
	}

	@Override
	public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
			SessionFactoryImplementor sessionFactory) {
		EventListenerRegistry listeners = sessionFactory.getServiceRegistry()
			.requireService(EventListenerRegistry.class);
		listeners.appendListeners(EventType.POST_INSERT, this.recorder);
		listeners.appendListeners(EventType.POST_UPDATE, this.recorder);
		listeners.appendListeners(EventType.POST_COLLECTION_UPDATE, this.recorder);
	}

}
