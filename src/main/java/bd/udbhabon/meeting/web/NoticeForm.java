package bd.udbhabon.meeting.web;

import bd.udbhabon.shell.FormText;
import java.time.LocalDate;

/**
 * The notice form as bound: the issue fields, and the fields that open a memo file from the same page.
 * The signatory's words stay unchecked here: {@code Inputs.clean} refuses an unprintable one as before.
 */
record NoticeForm(String memoFile, LocalDate issuedOn, String signatoryName, String signatoryDesignation, String extraEmails,
                  String fileNumber, @FormText String subject, String nextSerial) {
}
