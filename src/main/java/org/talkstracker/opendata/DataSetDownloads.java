package org.talkstracker.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.talkstracker.web.BusyException;
import org.talkstracker.web.ConcurrencyLimit;

/**
 * Sends a data set download. The whole data set comes from the file {@link KeptDownloads}
 * holds for the current data when there is one. Else the download is streamed from a
 * database cursor as it is read, on its turn ({@link ConcurrencyLimit}; one that gets
 * none in time is refused before anything is sent), and the whole data set is kept as it
 * goes. A failure half-way is logged and breaks the connection, so the client sees a
 * failed transfer rather than a short file.
 */
@Component
class DataSetDownloads {

	private static final Logger logger = LoggerFactory.getLogger(DataSetDownloads.class);

	private final ConcurrencyLimit downloads;

	private final KeptDownloads kept;

	DataSetDownloads(ConcurrencyLimit downloads, KeptDownloads kept) {
		this.downloads = downloads;
		this.kept = kept;
	}

	/** The version the whole data set is at now: a data package's {@code version}. */
	String version() {
		return this.kept.version();
	}

	/**
	 * Writes a download on the request's own thread: an asynchronous body would end
	 * normally, and so look complete, when the request times out half-way.
	 * @param whole whether this is the whole data set (no filter), which is kept and sent
	 * again
	 */
	void send(HttpServletRequest request, HttpServletResponse response, String filename, MediaType type, boolean whole,
			Download body) throws IOException {
		send(request, response, filename, type, whole, (out, version) -> body.writeTo(out));
	}

	/**
	 * Sends the whole data set in a download that names the data version it holds (the
	 * data package's {@code version}).
	 */
	void sendWhole(HttpServletRequest request, HttpServletResponse response, String filename, MediaType type,
			VersionedDownload body) throws IOException {
		send(request, response, filename, type, true, body);
	}

	private void send(HttpServletRequest request, HttpServletResponse response, String filename, MediaType type,
			boolean whole, VersionedDownload body) throws IOException {
		String version = whole ? this.kept.version() : null;
		if (whole && sendKept(request, response, filename, type, version)) {
			return;
		}
		try (ConcurrencyLimit.Turn turn = this.downloads.await()) {
			// Another download may have kept the file while this one waited for its turn.
			if (whole && sendKept(request, response, filename, type, version)) {
				return;
			}
			headers(response, filename, type);
			OutputStream out = response.getOutputStream();
			if (whole) {
				try (KeptDownloads.Writing writing = this.kept.write(filename, version, out)) {
					body.writeTo(writing, version);
					writing.keep();
				}
			}
			else {
				body.writeTo(out, null);
			}
			out.flush();
		}
		catch (BusyException ex) {
			throw ex;
		}
		catch (RuntimeException | IOException ex) {
			throw failed(request, ex);
		}
	}

	/**
	 * The kept file, with its length and the data version as its ETag: a client that has
	 * it already gets a 304.
	 */
	private boolean sendKept(HttpServletRequest request, HttpServletResponse response, String filename, MediaType type,
			String version) throws IOException {
		Optional<Path> file = this.kept.find(filename, version);
		if (file.isEmpty()) {
			return false;
		}
		if (new ServletWebRequest(request, response).checkNotModified("\"" + version + "\"")) {
			return true;
		}
		headers(response, filename, type);
		response.setContentLengthLong(Files.size(file.get()));
		Files.copy(file.get(), response.getOutputStream());
		return true;
	}

	private static void headers(HttpServletResponse response, String filename, MediaType type) {
		response.setContentType(type.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename).build().toString());
	}

	private static DownloadFailedException failed(HttpServletRequest request, Exception ex) {
		logger.error("The download {} failed part-way; the response is aborted", request.getRequestURI(), ex);
		// A checked exception passes the error pages by, so the server breaks the
		// connection instead of
		// ending the file as if it were whole.
		return new DownloadFailedException(request.getRequestURI(), ex);
	}

	/** Writes one download to the response. */
	@FunctionalInterface
	interface Download {

		void writeTo(OutputStream out) throws IOException;

	}

	/**
	 * Writes one download of the whole data set, given the data version it is read at.
	 */
	@FunctionalInterface
	interface VersionedDownload {

		void writeTo(OutputStream out, String version) throws IOException;

	}

	/** A download that broke off after part of it was sent. */
	static class DownloadFailedException extends IOException {

		DownloadFailedException(String uri, Exception cause) {
			super("The download " + uri + " failed part-way", cause);
		}

	}

}
