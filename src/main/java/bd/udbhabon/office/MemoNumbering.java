package bd.udbhabon.office;

import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.MemoNumber;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.shell.UserFacingException;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An office's memo files (নথি) and their serials. Every paper the office issues takes the next
 * serial of its file: "০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮" + ".৮৯". A serial is never given twice, also when
 * several officers issue at the same moment, and a paper that fails to issue gives its serial back.
 */
public interface MemoNumbering {

    /**
     * A file: its number (without serial), what it is about, the serial the next paper takes, and how
     * its serials are written: after {@code serialSeparator} ('.' or '-'), zero-padded to
     * {@code serialDigits} ("…২৩-০৫").
     */
    record MemoFile(long id, long officeId, MemoNumber fileNumber, String subjectBn, long nextSerial, char serialSeparator,
                    int serialDigits) {

        /** The memo number of this file's paper with {@code serial}, written in the file's style. */
        public MemoNumber numbered(long serial) {
            String digits = String.valueOf(serial);
            return fileNumber.withSerial("0".repeat(Math.max(0, serialDigits - digits.length())) + digits, serialSeparator);
        }

        /** The number the next paper of this file will take. */
        public MemoNumber nextNumber() {
            return numbered(nextSerial);
        }
    }

    List<MemoFile> files(long officeId);

    Optional<MemoFile> file(long fileId);

    /**
     * Opens a file for the office (checked against the current user's right to write the office's
     * records, audited). {@code fileNumber} is a bare file number in Bangla or Latin digits, or a
     * memo number of the file (such as its last letter's), whose serial style the file then keeps:
     * "৩২.০০.০০০০.০৩৪.১৬.০০৩.২৩-০৪" opens file ৩২.০০.০০০০.০৩৪.১৬.০০৩.২৩ numbering "-০৫", "-০৬" …
     *
     * @throws bd.udbhabon.shell.UserFacingException with the field's problem when the number is not a
     *         file number, the file exists already or the serial is not positive
     */
    MemoFile open(long officeId, String fileNumber, String subjectBn, long nextSerial);

    /** The "new file" fields every issue form carries beside its list of files. */
    List<String> NEW_FILE_FIELDS = List.of("fileNumber", "subject", "nextSerial");

    /** A file opened from an issue form, or (file null) the problems to show beside its fields. */
    record Opened(MemoFile file, FormErrors errors) {

        /**
         * The issue form to show again: as typed, and once the file is opened, that file selected in place of
         * the {@link #NEW_FILE_FIELDS} that opened it (the one "opened" step of every issue page).
         */
        public Map<String, String> selectedIn(Map<String, String> typed) {
            Map<String, String> form = new java.util.LinkedHashMap<>(typed);
            if (file != null) {
                form.put("memoFile", String.valueOf(file.id()));
                form.keySet().removeAll(NEW_FILE_FIELDS);
            }
            return form;
        }
    }

    /**
     * Opens a file from an issue form's {@link #NEW_FILE_FIELDS} as typed (a blank serial is 1),
     * so that the notice, minutes and team order pages open files alike.
     */
    default Opened openFrom(long officeId, Map<String, String> fields) {
        String serial = fields.get("nextSerial");
        long next;
        try {
            next = serial == null || serial.isBlank() ? 1 : Long.parseLong(BanglaDigits.toLatin(serial.strip()));
        } catch (NumberFormatException e) {
            next = 0; // refused by open() with the serial's message
        }
        String number = fields.get("fileNumber");
        String subject = Inputs.clean(fields.get("subject"));
        try {
            return new Opened(open(officeId, number == null ? "" : number, subject == null ? "" : subject, next), new FormErrors());
        } catch (UserFacingException e) {
            if (e.fieldErrors() == null) {
                throw e;
            }
            return new Opened(null, e.fieldErrors());
        }
    }

    /**
     * Takes the next serial of the file and records the memo number as issued for {@code paper}
     * (e.g. "team-order:12"). Must run inside the caller's transaction: the serial is held until it
     * commits, so concurrent issues wait for each other and a rolled-back issue leaves no gap.
     */
    MemoNumber take(long fileId, String paper);
}
