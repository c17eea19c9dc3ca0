package bd.udbhabon.team.web;

import bd.udbhabon.shell.FormText;

/** The fields that open a memo file from the issue page, as typed; the subject is printed on every paper of the file. */
record NewMemoFile(String fileNumber, @FormText String subject, String nextSerial) {
}
