package org.talkstracker.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One change readers can see, for mirrors: a release of a round or of a memorandum's own
 * page (with what it is and where its data file is), or a withdrawal of a round (with its
 * public reason).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A release of a published round or of a memorandum, or the withdrawal of a round")
record Change(@Schema(allowableValues = {
		RELEASE, WITHDRAWAL, MEMORANDUM_RELEASE }) String type, Instant at,
		@Schema(description = "The round released or withdrawn") String round,
		@Schema(description = "The memorandum released (memorandum releases only)") String memorandum,
		@Schema(description = "The release's number in the round (releases only)") Integer release,
		@Schema(allowableValues = { "UPDATE", "CORRECTION" }) String kind,
		@Schema(description = "The public note (none for a first release)") String note,
		@Schema(description = "The editor's public name (releases only)") String editor,
		@Schema(description = "SHA-256 of the release's data file") String sha256,
		@Schema(description = "The public reason (withdrawals only)") String reason,
		@Schema(description = "The release's permanent page, or the withdrawn round's address") String url,
		@Schema(description = "The release's data file, byte for byte what sha256 names") String dataFile,
		@JsonIgnore long id){

	static final String RELEASE = "release";

	static final String WITHDRAWAL = "withdrawal";

	static final String MEMORANDUM_RELEASE = "memorandum-release";

}
