package bd.udbhabon.decision.web;

import bd.udbhabon.shell.FormText;
import java.time.LocalDate;

/** A progress report as bound (the evidence files come beside it); the service checks the day and the text's length. */
record ProgressForm(LocalDate reportedOn, @FormText String text) {
}
