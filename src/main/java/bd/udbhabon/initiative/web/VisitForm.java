package bd.udbhabon.initiative.web;

import bd.udbhabon.initiative.internal.FieldVisits;
import bd.udbhabon.shell.FormDates;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.FormText;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/**
 * The field visit form as bound: the visiting office (an id), the day (either digits, ISO or day first),
 * who went, what they found, the photos and papers ({@code evidence}), and the follow-up decisions as
 * rows ({@code decisions[0].textBn}, {@code decisions[0].owner}, {@code decisions[0].dueOn}); rows left
 * blank are not decisions. Kept as typed, so a refused form comes back as it was (files are chosen again).
 */
public record VisitForm(String visitingOfficeId, String visitedOn, @FormText(max = 1000) String visitorsBn,
                 @FormText(max = 8000) String findingsBn, List<MultipartFile> evidence, List<@Valid Row> decisions) {

    /** The rows the form offers beyond those typed. */
    static final int EMPTY_ROWS = 3;

    public record Row(@FormText(max = 4000) String textBn, String owner, String dueOn) {

        public Row {
            textBn = nz(textBn);
            owner = nz(owner);
            dueOn = nz(dueOn);
        }
    }

    public VisitForm {
        visitingOfficeId = nz(visitingOfficeId);
        visitedOn = nz(visitedOn);
        visitorsBn = nz(visitorsBn);
        findingsBn = nz(findingsBn);
        evidence = evidence == null ? List.of() : evidence;
        decisions = decisions == null ? List.of() : decisions.stream().map(r -> r == null ? new Row("", "", "") : r).toList();
    }

    static VisitForm empty(LocalDate today) {
        return new VisitForm("", today.toString(), "", "", List.of(), List.of());
    }

    /** The typed rows, then empty ones, so that the form always has room for more. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>(decisions);
        for (int i = 0; i < EMPTY_ROWS; i++) {
            rows.add(new Row("", "", ""));
        }
        return rows;
    }

    /** The visit as the service takes it; a day or an office that cannot be read is said here, on its field. */
    FieldVisits.NewVisit visit(FormErrors errors) {
        Long office = null;
        if (!visitingOfficeId.isBlank()) {
            try {
                office = Long.parseLong(visitingOfficeId.strip());
            } catch (NumberFormatException e) {
                errors.add("visitingOfficeId", "initiative.visit.error.office");
            }
        }
        List<FieldVisits.FollowUp> followUps = new ArrayList<>();
        for (int i = 0; i < decisions.size(); i++) {
            Row row = decisions.get(i);
            followUps.add(new FieldVisits.FollowUp(row.textBn(), row.owner(), day(row.dueOn(), "decisions[" + i + "].dueOn", errors)));
        }
        return new FieldVisits.NewVisit(office, day(visitedOn, "visitedOn", errors), visitorsBn, findingsBn, uploads(), followUps);
    }

    private List<FieldVisits.Upload> uploads() {
        List<FieldVisits.Upload> uploads = new ArrayList<>();
        for (MultipartFile file : evidence) {
            if (file != null && !file.isEmpty()) {
                try {
                    uploads.add(new FieldVisits.Upload(file.getOriginalFilename(), file.getBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return uploads;
    }

    private static LocalDate day(String typed, String field, FormErrors errors) {
        LocalDate day = FormDates.read(typed);
        if (day == null && !typed.isBlank()) {
            errors.add(field, "form.error.date");
        }
        return day;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
