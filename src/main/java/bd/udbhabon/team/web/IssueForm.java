package bd.udbhabon.team.web;

import bd.udbhabon.shell.FormDates;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.FormText;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.team.TeamFormation.IssueInput;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The issue form as typed, bound by Spring (a missing field is ""); the words printed on the order must be
 * printable (a field error, the form kept), the service checks the rest.
 */
public record IssueForm(String memoFile, String issuedOn, @FormText String section, @FormText String justification,
                        @FormText String signatoryName, @FormText String signatoryDesignation, @FormText String signatoryPhone,
                        @FormText String signatoryEmail, @FormText String copies) {

    public IssueForm {
        memoFile = nz(memoFile);
        issuedOn = nz(issuedOn);
        section = nz(section);
        justification = nz(justification);
        signatoryName = nz(signatoryName);
        signatoryDesignation = nz(signatoryDesignation);
        signatoryPhone = nz(signatoryPhone);
        signatoryEmail = nz(signatoryEmail);
        copies = nz(copies);
    }

    public static IssueForm of(IssueInput i) {
        return new IssueForm(i.memoFileId() == 0 ? "" : String.valueOf(i.memoFileId()),
                i.issuedOn() == null ? "" : i.issuedOn().toString(), nz(i.sectionBn()), nz(i.justification()),
                nz(i.signatoryNameBn()), nz(i.signatoryDesignationBn()), nz(i.signatoryPhone()), nz(i.signatoryEmail()),
                String.join("\n", i.copies()));
    }

    IssueInput input(FormErrors errors) {
        LocalDate date = null;
        if (!issuedOn.isBlank()) {
            date = FormDates.read(issuedOn);
            if (date == null) {
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
