package bd.udbhabon.initiative.web;

import bd.udbhabon.shell.FormText;
import java.time.LocalDate;
import java.util.List;

/** The offices that take an initiative up (chosen from the registry's search), by whom in words, from when. */
record ScaleUpForm(List<Long> offices, @FormText(max = 300) String byBn, LocalDate since) {

    ScaleUpForm {
        offices = offices == null ? List.of() : offices;
    }
}
