package bd.udbhabon.report.web;

import bd.udbhabon.shell.FormText;
import java.time.LocalDate;
import java.util.List;

/**
 * The annual report's issue form as bound: memo file, date, signatory (printed, so each must fit and be printable), the
 * copy list one a line; the fields that open a memo file ride along, and the confirmation step's ({@code confirmed}: the
 * memo number shown; {@code back}: the form again), as every paper's form.
 */
record ReportIssueForm(String memoFile, LocalDate issuedOn, @FormText(max = 200) String signatoryName,
                       @FormText(max = 300) String signatoryDesignation, @FormText(max = 100) String signatoryPhone,
                       @FormText(max = 254) String signatoryEmail, @FormText(max = 4000) String copies,
                       String fileNumber, @FormText String subject, String nextSerial, String confirmed, String back) {

    /** The fields the confirmation sends again. */
    static final List<String> FIELDS = List.of("memoFile", "issuedOn", "signatoryName", "signatoryDesignation", "signatoryPhone",
            "signatoryEmail", "copies");
}
