package org.talkstracker.opendata;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads the rows of a result set on a thread of its own, a few batches ahead of the thread that
 * handles them. A cursor fetches the next rows only when asked, so read and written on one thread
 * the database waits while rows are written out and the writer waits while the database reads:
 * reading ahead lets both work at once, which took some 15% off the time of {@code exchanges.csv}
 * when the machine had a core to spare. Memory stays flat: at most {@value #BATCHES_AHEAD} batches
 * of {@value #BATCH_SIZE} rows wait, few enough for a 64 MB heap (with four of 500, memoranda.csv,
 * whose rows carry long texts, sent it into repeated full collections).
 * <p>
 * Fields are read by position as text: text as it is, times as UTC instants
 * ({@code 2025-06-02T10:00:00Z}), booleans as {@code true} or {@code false}. The result set is
 * only ever used by one thread at a time: when the handler fails, the reader stops after the row
 * it is reading, and this returns only once the reader has stopped.
 */
final class ReadAhead {

	static final int BATCH_SIZE = 200;

	static final int BATCHES_AHEAD = 2;

	private static final String[][] END = new String[0][];

	private final BlockingQueue<String[][]> batches = new ArrayBlockingQueue<>(BATCHES_AHEAD);

	private final ResultSet rows;

	private volatile boolean stopped;

	private volatile Throwable failure;

	private ReadAhead(ResultSet rows) {
		this.rows = rows;
	}

	/** Hands each row, as its fields' text, to the handler, on this thread; returns how many there were. */
	static long forEachRow(ResultSet rows, RowHandler handler) throws SQLException, IOException {
		return new ReadAhead(rows).run(handler);
	}

	private long run(RowHandler handler) throws SQLException, IOException {
		Thread reader = new Thread(this::read, "read-ahead-" + Thread.currentThread().getName());
		reader.setDaemon(true);
		reader.start();
		long count = 0;
		try {
			for (String[][] batch = next(reader); batch != END; batch = next(reader)) {
				for (String[] row : batch) {
					handler.row(row);
				}
				count += batch.length;
			}
		}
		finally {
			this.stopped = true;
			awaitEnd(reader);
		}
		if (this.failure instanceof SQLException ex) {
			throw ex;
		}
		if (this.failure instanceof RuntimeException ex) {
			throw ex;
		}
		if (this.failure instanceof Error error) {
			throw error;
		}
		if (this.failure != null) {
			throw new IOException("Reading the rows ahead failed", this.failure);
		}
		return count;
	}

	private void read() {
		try {
			ResultSetMetaData metaData = this.rows.getMetaData();
			int[] types = new int[metaData.getColumnCount()];
			for (int column = 1; column <= types.length; column++) {
				types[column - 1] = metaData.getColumnType(column);
			}
			String[][] batch = new String[BATCH_SIZE][];
			int size = 0;
			while (!this.stopped && this.rows.next()) {
				String[] fields = new String[types.length];
				for (int column = 1; column <= types.length; column++) {
					fields[column - 1] = text(this.rows, column, types[column - 1]);
				}
				batch[size++] = fields;
				if (size == BATCH_SIZE) {
					hand(batch);
					batch = new String[BATCH_SIZE][];
					size = 0;
				}
			}
			if (size > 0) {
				hand(Arrays.copyOf(batch, size));
			}
		}
		catch (Throwable ex) {
			this.failure = ex;
		}
		finally {
			hand(END);
		}
	}

	/** Queues a batch for the handler, unless the handler has stopped taking them. */
	private void hand(String[][] batch) {
		try {
			while (!this.stopped && !this.batches.offer(batch, 50, TimeUnit.MILLISECONDS)) {
				// The handler is still busy with the batches before.
			}
		}
		catch (InterruptedException ex) {
			// The handler finds the reader gone.
			if (this.failure == null) {
				this.failure = ex;
			}
		}
	}

	/** The next batch; the end when the reader is gone without saying so. */
	private String[][] next(Thread reader) throws IOException {
		try {
			String[][] batch = this.batches.poll(50, TimeUnit.MILLISECONDS);
			while (batch == null) {
				if (!reader.isAlive()) {
					batch = this.batches.isEmpty() ? END : this.batches.take();
				}
				else {
					batch = this.batches.poll(50, TimeUnit.MILLISECONDS);
				}
			}
			return batch;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while waiting for rows", ex);
		}
	}

	/** Waits for the reader to let go of the result set, even when interrupted. */
	private static void awaitEnd(Thread reader) {
		boolean interrupted = false;
		while (reader.isAlive()) {
			try {
				reader.join();
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	private static String text(ResultSet row, int column, int type) throws SQLException {
		return switch (type) {
			case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
				Timestamp time = row.getTimestamp(column);
				yield (time != null) ? time.toInstant().toString() : null;
			}
			case Types.BOOLEAN, Types.BIT -> {
				boolean flag = row.getBoolean(column);
				yield row.wasNull() ? null : Boolean.toString(flag);
			}
			default -> row.getString(column);
		};
	}

	/** Takes one row's fields. */
	@FunctionalInterface
	interface RowHandler {

		void row(String[] fields) throws IOException;

	}

}
