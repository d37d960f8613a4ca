package org.talkstracker.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What changed since this instance last looked, by topic: the database records, with
 * every raise of the {@link DataVersion}, the topics it changed
 * ({@code V24__data_changes_by_record.sql}): {@code round:<slug>} for one round's facts,
 * {@code all} for what any page may show. An instance reads the rows it has not seen, in
 * one query, only when the version has moved; a page kept from an earlier version is
 * still good when none of the topics it shows changed after the version it was rendered
 * at. Changes made by other instances, imports and scripts are recorded the same way.
 */
@Component
class DataChanges {

	/** Topic of the changes every page may show. */
	static final String EVERYTHING = "all";

	/**
	 * How many versions' rows the database keeps ({@code record_data_change}); an
	 * instance further behind takes everything as changed.
	 */
	static final long KEPT_VERSIONS = 1000;

	private final JdbcClient jdbc;

	/** The version up to which every change is known here. */
	private volatile long known = -1;

	/** The last version that changed everything (or that this instance cannot tell). */
	private volatile long everythingChanged;

	/** The last version that changed each topic, since this instance started. */
	private final Map<String, Long> topicChanged = new ConcurrentHashMap<>();

	DataChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Learns the changes up to at least the given version, read by this request before it
	 * asks: one query when the version has moved, none otherwise.
	 */
	void catchUp(long current) {
		if (current <= this.known) {
			return;
		}
		synchronized (this) {
			if (current <= this.known) {
				return;
			}
			if (this.known < 0) {
				// Nothing was kept before: no page can be older than what it learns now.
				this.everythingChanged = current;
				this.known = current;
				return;
			}
			List<Change> changes = this.jdbc.sql("""
					select v.version as now, c.version, c.topic
					from data_version v left join data_change c on c.version > :known
					""").param("known", this.known).query(Change.class).list();
			long now = changes.get(0).now();
			if (now - this.known >= KEPT_VERSIONS) {
				this.topicChanged.clear();
				this.everythingChanged = now;
			}
			else {
				for (Change change : changes) {
					if (EVERYTHING.equals(change.topic())) {
						this.everythingChanged = Math.max(this.everythingChanged, change.version());
					}
					else if (change.topic() != null) {
						this.topicChanged.merge(change.topic(), change.version(), Math::max);
					}
				}
			}
			this.known = now;
		}
	}

	/**
	 * Whether what a page rendered at a version shows is unchanged up to the version
	 * given, which {@link #catchUp} has learnt.
	 * @param topics what the page shows; {@code null} for a page that may show anything
	 * (lists, counts, search), which any change makes old; empty for one that shows no
	 * data (a static file)
	 */
	boolean unchangedSince(long renderedAt, Set<String> topics, long current) {
		if (topics == null) {
			return renderedAt >= current;
		}
		if (topics.isEmpty()) {
			return true;
		}
		if (this.everythingChanged > renderedAt) {
			return false;
		}
		for (String topic : topics) {
			Long changed = this.topicChanged.get(topic);
			if (changed != null && changed > renderedAt) {
				return false;
			}
		}
		return true;
	}

	private record Change(long now, Long version, String topic) {

	}

}
