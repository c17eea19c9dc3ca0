package bd.udbhabon.team.web;

import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.team.TeamFormation.IssueInput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The issue form as typed. */
public record IssueForm(String memoFile, String issuedOn, String section, String justification, String signatoryName,
                 String signatoryDesignation, String signatoryPhone, String signatoryEmail, String copies) {

    public static IssueForm of(IssueInput i) {
        return new IssueForm(i.memoFileId() == 0 ? "" : String.valueOf(i.memoFileId()),
                i.issuedOn() == null ? "" : i.issuedOn().toString(), nz(i.sectionBn()), nz(i.justification()),
                nz(i.signatoryNameBn()), nz(i.signatoryDesignationBn()), nz(i.signatoryPhone()), nz(i.signatoryEmail()),
                String.join("\n", i.copies()));
    }

    public static IssueForm of(Map<String, String> form) {
        return new IssueForm(nz(form.get("memoFile")), nz(form.get("issuedOn")), nz(form.get("section")),
                nz(form.get("justification")), nz(form.get("signatoryName")), nz(form.get("signatoryDesignation")),
                nz(form.get("signatoryPhone")), nz(form.get("signatoryEmail")), nz(form.get("copies")));
    }

    IssueInput input(FormErrors errors) {
        LocalDate date = null;
        if (!issuedOn.isBlank()) {
            try {
                date = LocalDate.parse(issuedOn.strip());
            } catch (DateTimeParseException e) {
                errors.add("issuedOn", "team.issue.date");
            }
        }
        // A copy list entry per line; "১। " or "(২) " typed before it is the document's to number.
        List<String> copyList = Arrays.stream(copies.split("\\R"))
                .map(c -> c.replaceFirst("^\\s*\\(?[০-৯0-9]+[।.)]\\s*", ""))
                .map(Inputs::clean).filter(Objects::nonNull).toList();
        return new IssueInput(Math.max(parseLong(memoFile), 0), date, Inputs.clean(section), Inputs.clean(justification),
                Inputs.clean(signatoryName), Inputs.clean(signatoryDesignation), Inputs.clean(signatoryPhone),
                Inputs.clean(signatoryEmail), copyList);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static long parseLong(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }
}
