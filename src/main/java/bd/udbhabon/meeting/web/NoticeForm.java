package bd.udbhabon.meeting.web;

import bd.udbhabon.shell.FormText;
import java.time.LocalDate;

/**
 * The notice form as bound (the revised notice's too): the issue fields, the fields that open a memo file
 * from the same page, and the confirmation step's: {@code confirmed} carries the memo number the user was
 * shown ("এই নম্বরে জারি হবে"), {@code back} asks for the form again to change it (issue 19, point 9).
 * The signatory's words are checked as the minutes' are: a character the papers cannot print is the
 * field's error and the form comes back as typed.
 */
record NoticeForm(String memoFile, LocalDate issuedOn, @FormText(max = 200) String signatoryName,
                  @FormText(max = 300) String signatoryDesignation, String extraEmails,
                  String fileNumber, @FormText String subject, String nextSerial, String confirmed, String back) {
}
