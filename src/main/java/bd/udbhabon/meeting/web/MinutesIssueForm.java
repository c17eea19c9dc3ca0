package bd.udbhabon.meeting.web;

import bd.udbhabon.shell.FormText;
import java.time.LocalDate;

/**
 * The minutes' issue form as bound: the signatory's words are printed on the paper, so each must fit its
 * column and be printable (a field error, the form kept as typed); the fields that open a memo file ride along, and
 * the confirmation step's ({@code confirmed}: the memo number shown; {@code back}: the form again), issue 19, point 9.
 */
record MinutesIssueForm(String memoFile, LocalDate issuedOn, @FormText(max = 200) String signatoryName,
                        @FormText(max = 300) String signatoryDesignation, @FormText(max = 100) String signatoryPhone,
                        @FormText(max = 254) String signatoryEmail, String distribution, String copies, String sendToCabinet,
                        String fileNumber, @FormText String subject, String nextSerial, String confirmed, String back) {
}
