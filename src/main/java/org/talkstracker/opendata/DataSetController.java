package org.talkstracker.opendata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.talkstracker.datafile.DataFileWriter;
import org.talkstracker.round.RoundStatus;
import org.talkstracker.search.RoundCondition;
import org.talkstracker.search.RoundFilter;
import org.talkstracker.search.RoundSelections;

/**
 * The whole published data set to download, as CSV tables and as one data file, with the rounds
 * list's filters. Each is streamed from the database as it is read; a failure half-way is logged
 * and aborts the response, so the client sees a broken transfer rather than a short file.
 */
@Controller
class DataSetController {

	private static final Logger logger = LoggerFactory.getLogger(DataSetController.class);

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final RoundSelections selections;

	private final DataSetCsv csv;

	private final DataFileWriter dataFiles;

	DataSetController(RoundSelections selections, DataSetCsv csv, DataFileWriter dataFiles) {
		this.selections = selections;
		this.csv = csv;
		this.dataFiles = dataFiles;
	}

	@GetMapping("/data/rounds.csv")
	ResponseEntity<StreamingResponseBody> rounds(@RequestParam(required = false) @Size(max = 120) String process,
			@RequestParam(required = false) @Min(1900) @Max(2200) Integer year,
			@RequestParam(required = false) RoundStatus status,
			@RequestParam(required = false) @Size(max = 120) String party,
			@RequestParam(required = false) @Size(max = 200) String venue,
			@RequestParam(required = false) @Size(max = 200) String q, HttpServletRequest request) {
		RoundCondition selection = condition(process, year, status, party, venue, q);
		return stream(request, "talks-tracker-rounds.csv", CSV, (out) -> this.csv.rounds(selection, writer(out)));
	}

	@GetMapping("/data/exchanges.csv")
	ResponseEntity<StreamingResponseBody> exchanges(@RequestParam(required = false) @Size(max = 120) String process,
			@RequestParam(required = false) @Min(1900) @Max(2200) Integer year,
			@RequestParam(required = false) RoundStatus status,
			@RequestParam(required = false) @Size(max = 120) String party,
			@RequestParam(required = false) @Size(max = 200) String venue,
			@RequestParam(required = false) @Size(max = 200) String q, HttpServletRequest request) {
		RoundCondition selection = condition(process, year, status, party, venue, q);
		return stream(request, "talks-tracker-exchanges.csv", CSV,
				(out) -> this.csv.exchanges(selection, writer(out)));
	}

	@GetMapping("/data/memoranda.csv")
	ResponseEntity<StreamingResponseBody> memoranda(@RequestParam(required = false) @Size(max = 120) String process,
			@RequestParam(required = false) @Min(1900) @Max(2200) Integer year,
			@RequestParam(required = false) RoundStatus status,
			@RequestParam(required = false) @Size(max = 120) String party,
			@RequestParam(required = false) @Size(max = 200) String venue,
			@RequestParam(required = false) @Size(max = 200) String q, HttpServletRequest request) {
		RoundFilter filter = this.selections.filter(process, year, status, party, venue, q, null);
		RoundCondition selection = this.selections.condition(filter);
		return stream(request, "talks-tracker-memoranda.csv", CSV,
				(out) -> this.csv.memoranda(selection, filter.isEmpty(), writer(out)));
	}

	@GetMapping("/data/talks-tracker.json")
	ResponseEntity<StreamingResponseBody> dataFile(@RequestParam(required = false) @Size(max = 120) String process,
			@RequestParam(required = false) @Min(1900) @Max(2200) Integer year,
			@RequestParam(required = false) RoundStatus status,
			@RequestParam(required = false) @Size(max = 120) String party,
			@RequestParam(required = false) @Size(max = 200) String venue,
			@RequestParam(required = false) @Size(max = 200) String q, HttpServletRequest request) {
		RoundFilter filter = this.selections.filter(process, year, status, party, venue, q, null);
		RoundCondition condition = this.selections.condition(filter);
		DataFileWriter.Selection selection = filter.isEmpty() ? DataFileWriter.Selection.everything()
				: DataFileWriter.Selection.matching(condition.sql(), condition.parameters());
		return stream(request, "talks-tracker.json", MediaType.APPLICATION_JSON,
				(out) -> this.dataFiles.write(selection, out));
	}

	private RoundCondition condition(String process, Integer year, RoundStatus status, String party, String venue,
			String q) {
		return this.selections.condition(this.selections.filter(process, year, status, party, venue, q, null));
	}

	private static ResponseEntity<StreamingResponseBody> stream(HttpServletRequest request, String filename,
			MediaType type, StreamingResponseBody body) {
		// An ETag would need the whole file in memory first.
		ShallowEtagHeaderFilter.disableContentCaching(request);
		String uri = request.getRequestURI();
		StreamingResponseBody logged = (out) -> {
			try {
				body.writeTo(out);
			}
			catch (RuntimeException | IOException ex) {
				logger.error("The download {} failed part-way; the response is aborted", uri, ex);
				throw ex;
			}
		};
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(logged);
	}

	/** Text for the response; flushed by the CSV writer, never closed here, so a failure cannot end the file cleanly. */
	private static Writer writer(OutputStream out) {
		return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
	}

}
