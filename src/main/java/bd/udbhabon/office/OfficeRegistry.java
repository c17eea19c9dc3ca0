package bd.udbhabon.office;

import bd.udbhabon.shell.FormErrors;
import java.util.List;

/** Changes to the registry, by the signed-in user within their scope. Every change is audited. */
public interface OfficeRegistry {

    /** The result of a save: the office's id, or what is wrong with the draft. */
    record Saved(Long officeId, FormErrors errors) {
        public boolean ok() {
            return !errors.any();
        }
    }

    Saved create(OfficeDraft draft);

    Saved update(long officeId, OfficeDraft draft);

    /** One checked CSV row: its line in the file and what is wrong with it, if anything. */
    record ImportRow(int line, OfficeDraft draft, FormErrors problems) {
        public boolean ok() {
            return !problems.any();
        }
    }

    /**
     * Reads and checks a CSV file without changing anything: one row per data line, each with its
     * problems by column. A file that cannot be read at all is one row (line 0 or the line where
     * reading failed) with a {@code file} problem.
     */
    List<ImportRow> checkImport(String csv, long importingOfficeId);

    /**
     * Imports the rows of a checked file in one transaction: all of them if {@code onlyGoodRows} is
     * false (and then nothing at all if any row is bad), else only the good ones.
     *
     * @return the number of offices added
     */
    int importRows(String csv, long importingOfficeId, boolean onlyGoodRows);
}
