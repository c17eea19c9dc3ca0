package bd.udbhabon.plan.web;

import bd.udbhabon.shell.FormText;
import java.time.LocalDate;

/** The coordination meeting's approval as typed (issue 14, point 2): the meeting's name, its day, the approval's day. */
record ApprovalForm(@FormText(max = 300) String meeting, LocalDate meetingOn, LocalDate approvedOn) {
}
