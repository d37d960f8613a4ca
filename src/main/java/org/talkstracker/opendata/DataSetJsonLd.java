package org.talkstracker.opendata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.talkstracker.web.DataLicence;

/**
 * The data set as a schema.org {@code Dataset}, for the {@code /data} page: its licence,
 * version, the span of days its rounds were held on, and its downloads as distributions.
 */
final class DataSetJsonLd {

	/** The whole data set's downloads: path under the site, and media type. */
	static final Map<String, String> DISTRIBUTIONS = mapOf("/data/talks-tracker-datapackage.zip", "application/zip",
			"/data/talks-tracker.json", "application/json", "/data/popolo.json", "application/json", "/data/rounds.csv",
			"text/csv", "/data/exchanges.csv", "text/csv", "/data/memoranda.csv", "text/csv");

	private DataSetJsonLd() {
	}

	/**
	 * @param site the site's address
	 * @param version the latest release's number, or {@code null} before the first
	 * @param coverage the first and last days rounds were held on, as an ISO 8601
	 * interval
	 */
	static Map<String, Object> dataset(String name, String description, String site, String version,
			Optional<String> coverage, DataLicence licence) {
		Map<String, Object> dataset = new LinkedHashMap<>();
		dataset.put("@context", "https://schema.org");
		dataset.put("@type", "Dataset");
		dataset.put("name", name);
		dataset.put("description", description);
		dataset.put("url", site + "/data");
		dataset.put("license", licence.getUrl());
		if (version != null) {
			dataset.put("version", version);
		}
		dataset.put("isAccessibleForFree", true);
		Map<String, Object> creator = new LinkedHashMap<>();
		creator.put("@type", "Organization");
		creator.put("name", "Talks Tracker");
		creator.put("url", site + "/");
		dataset.put("creator", creator);
		coverage.ifPresent((interval) -> dataset.put("temporalCoverage", interval));
		List<Map<String, Object>> distributions = DISTRIBUTIONS.entrySet().stream().map((download) -> {
			Map<String, Object> distribution = new LinkedHashMap<>();
			distribution.put("@type", "DataDownload");
			distribution.put("contentUrl", site + download.getKey());
			distribution.put("encodingFormat", download.getValue());
			return distribution;
		}).toList();
		dataset.put("distribution", distributions);
		return dataset;
	}

	private static Map<String, String> mapOf(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

}
