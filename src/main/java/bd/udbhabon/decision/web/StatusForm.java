package bd.udbhabon.decision.web;

import bd.udbhabon.shell.FormText;
import java.time.LocalDate;

/** A decision's status change as bound: "" or "all" or an office's id for {@code forOffice}; the service checks the rest. */
record StatusForm(String status, String forOffice, LocalDate since, @FormText String reason) {
}
