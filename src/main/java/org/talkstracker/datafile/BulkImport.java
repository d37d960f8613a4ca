package org.talkstracker.datafile;

import java.io.InputStream;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.talkstracker.web.BusyException;
import org.talkstracker.web.ConcurrencyLimit;

/**
 * Editors' imports of a data file: a dry run that writes the file in a transaction rolled
 * back at the end, to list what it would create or change; and the real import, all or
 * nothing. Either way the file's problems are reported with their JSON paths. Imports
 * take turns, one at a time ({@link ImportLimitConfiguration}).
 */
@Service
class BulkImport {

	private final DataFileImporter importer;

	private final ImportRecorder recorder;

	private final TransactionTemplate transactions;

	private final ConcurrencyLimit imports;

	BulkImport(DataFileImporter importer, ImportRecorder recorder, PlatformTransactionManager transactionManager,
			ConcurrencyLimit imports) {
		this.importer = importer;
		this.recorder = recorder;
		this.transactions = new TransactionTemplate(transactionManager);
		this.imports = imports;
	}

	/**
	 * @throws BusyException when another import is running
	 */
	ImportReport dryRun(String name, InputStream input) {
		List<ImportedRecord> records = ImportRecorder.newRecording();
		try (ConcurrencyLimit.Turn turn = this.imports.await()) {
			DataFileImporter.ImportResult result = this.transactions.execute((status) -> {
				status.setRollbackOnly();
				return this.recorder.record(records, () -> this.importer.importFile(name, input));
			});
			return new ImportReport(true, result, records, List.of(), 0);
		}
		catch (InvalidDataFileException ex) {
			return new ImportReport(true, null, List.of(), ex.getProblems(), ex.getUnlisted());
		}
	}

	/**
	 * @throws BusyException when another import is running
	 */
	ImportReport run(String name, InputStream input) {
		List<ImportedRecord> records = ImportRecorder.newRecording();
		try (ConcurrencyLimit.Turn turn = this.imports.await()) {
			DataFileImporter.ImportResult result = this.recorder.record(records,
					() -> this.importer.importFile(name, input));
			return new ImportReport(false, result, records, List.of(), 0);
		}
		catch (InvalidDataFileException ex) {
			return new ImportReport(false, null, List.of(), ex.getProblems(), ex.getUnlisted());
		}
	}

}
