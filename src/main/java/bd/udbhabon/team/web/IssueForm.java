package bd.udbhabon.team.web;

import bd.udbhabon.shell.FormDates;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.FormText;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.team.TeamFormation.IssueInput;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The issue form as typed, bound by Spring (a missing field is ""); the words printed on the order must be
 * printable (a field error, the form kept), the service checks the rest. {@code confirmed}: the memo number the
 * confirmation named (issue 19, point 9); {@code back}: from the confirmation back to the form.
 */
public record IssueForm(String memoFile, String issuedOn, @FormText String section, @FormText String justification,
                        @FormText String signatoryName, @FormText String signatoryDesignation, @FormText String signatoryPhone,
                        @FormText String signatoryEmail, @FormText String copies, String confirmed, String back) {

    /** The fields the confirmation sends again, as the form named them. */
    static final List<String> FIELDS = List.of("memoFile", "issuedOn", "section", "justification", "signatoryName",
            "signatoryDesignation", "signatoryPhone", "signatoryEmail", "copies");

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

    /** The form as typed, field by field ({@link #FIELDS}). */
    Map<String, String> typed() {
        return Map.of("memoFile", memoFile, "issuedOn", issuedOn, "section", section, "justification", justification,
                "signatoryName", signatoryName, "signatoryDesignation", signatoryDesignation, "signatoryPhone", signatoryPhone,
                "signatoryEmail", signatoryEmail, "copies", copies);
    }

    /** The same form with another memo file chosen (one just opened). */
    IssueForm withMemoFile(String file) {
        return new IssueForm(file, issuedOn, section, justification, signatoryName, signatoryDesignation, signatoryPhone,
                signatoryEmail, copies, null, null);
    }

    /** The copy list's entries, as the order will number them. */
    public long copyCount() {
        return copies.lines().filter(l -> !l.isBlank()).count();
    }

    public static IssueForm of(IssueInput i) {
        return new IssueForm(i.memoFileId() == 0 ? "" : String.valueOf(i.memoFileId()),
                i.issuedOn() == null ? "" : i.issuedOn().toString(), nz(i.sectionBn()), nz(i.justification()),
                nz(i.signatoryNameBn()), nz(i.signatoryDesignationBn()), nz(i.signatoryPhone()), nz(i.signatoryEmail()),
                String.join("\n", i.copies()), null, null);
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
