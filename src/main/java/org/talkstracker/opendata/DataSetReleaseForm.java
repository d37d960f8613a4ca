package org.talkstracker.opendata;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A release of the data set to cut: the administrator's public note on it. */
record DataSetReleaseForm(@NotBlank @Size(max = 1000) String note) {

	static DataSetReleaseForm empty() {
		return new DataSetReleaseForm(null);
	}

}
