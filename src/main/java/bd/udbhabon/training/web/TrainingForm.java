package bd.udbhabon.training.web;

import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.FormText;
import bd.udbhabon.training.NewTraining;
import bd.udbhabon.training.Training;
import bd.udbhabon.training.TrainingKind;
import bd.udbhabon.training.internal.TrainingRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.web.multipart.MultipartFile;

/**
 * The training form as Spring binds it: the first day through the one day formatter, the days as typed (Latin
 * or Bangla digits), the officers chosen ({@code officers}, repeated), the guests as rows ({@code guests[0].nameBn},
 * {@code guests[0].designationBn}), the initiative visited chosen from the office's own ({@code initiative}) or
 * another office's by its number or page address ({@code initiativeRef}) or in words ({@code visitedBn}); the
 * stored files to remove ({@code remove}) and new ones ({@code files}); {@code action} "more" asks for more guest rows.
 */
public record TrainingForm(String kind, LocalDate heldOn, String days, @FormText(max = 500) String topicBn,
                           @FormText(max = 500) String topicEn, @FormText(max = 300) String venueBn,
                           @FormText(max = 1000) String resourcePersonsBn, String initiative, String initiativeRef,
                           @FormText(max = 500) String visitedBn, List<Long> officers, List<GuestRow> guests, List<Long> remove,
                           List<MultipartFile> files, String action) {

    /** A guest's row as typed; a field not sent is blank. */
    public record GuestRow(@FormText(max = 200) String nameBn, @FormText(max = 300) String designationBn) {

        public GuestRow {
            nameBn = nz(nameBn);
            designationBn = nz(designationBn);
        }
    }

    /** Empty guest rows offered below the typed ones; "more rows" adds as many again. */
    static final int EMPTY_ROWS = 3;

    public TrainingForm {
        kind = nz(kind);
        days = nz(days);
        topicBn = nz(topicBn);
        topicEn = nz(topicEn);
        venueBn = nz(venueBn);
        resourcePersonsBn = nz(resourcePersonsBn);
        initiative = nz(initiative);
        initiativeRef = nz(initiativeRef);
        visitedBn = nz(visitedBn);
        // mutable: binding sets indexed values ("officers[0]") on the list after constructing the record
        officers = officers == null ? new ArrayList<>() : new ArrayList<>(officers.stream().filter(Objects::nonNull).toList());
        // a row left out of the numbering comes as null: kept blank, so that each row's problems stay beside it
        guests = guests == null ? List.of() : guests.stream().limit(TrainingRules.MAX_GUESTS)
                .map(g -> g == null ? new GuestRow("", "") : g).toList();
        remove = remove == null ? new ArrayList<>() : new ArrayList<>(remove.stream().filter(Objects::nonNull).toList());
        files = files == null ? List.of() : files;
        action = nz(action);
    }

    /** A new training's form: {@code kind} and the initiative visited as an initiative's page offers them. */
    static TrainingForm blank(String kind, String initiativeRef) {
        return new TrainingForm(kind, null, "১", "", "", "", "", "", initiativeRef, "", List.of(), List.of(), List.of(),
                List.of(), "");
    }

    /**
     * The training as the form shows it, in the page's digits; its initiative in the select when it is one of
     * {@code ownInitiatives}, else by its number.
     */
    static TrainingForm of(Training t, Set<Long> ownInitiatives, boolean bangla) {
        String chosen = t.initiativeId() != null && ownInitiatives.contains(t.initiativeId()) ? t.initiativeId().toString() : "";
        String ref = t.initiativeId() != null && chosen.isEmpty() ? digits(t.initiativeId().toString(), bangla) : "";
        return new TrainingForm(t.kind().name(), t.heldOn(), digits(Integer.toString(t.days()), bangla), t.topicBn(), nz(t.topicEn()),
                nz(t.venueBn()), nz(t.resourcePersonsBn()), chosen, ref, nz(t.visitedBn()), t.officerIds(),
                t.guests().stream().map(g -> new GuestRow(g.nameBn(), g.designationBn())).toList(), List.of(), List.of(), "");
    }

    /** The typed guest rows (blank ones at the end dropped) and {@code spare} empty ones to add more. */
    List<GuestRow> rowsWithRoom(int spare) {
        List<GuestRow> rows = new ArrayList<>(guests);
        while (!rows.isEmpty() && rows.getLast().nameBn().isBlank() && rows.getLast().designationBn().isBlank()) {
            rows.removeLast();
        }
        for (int i = 0; i < spare && rows.size() < TrainingRules.MAX_GUESTS; i++) {
            rows.add(new GuestRow("", ""));
        }
        return rows;
    }

    /** What the service checks: the kind and the initiative read, the days parsed (their problems in {@code errors}). */
    NewTraining input(FormErrors errors) {
        TrainingKind k = null;
        try {
            k = kind.isBlank() ? null : TrainingKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            // said as a missing kind by the rules
        }
        int d = errors.has("days") ? 0 : TrainingRules.days(days, errors);
        Long initiativeId = TrainingRules.initiativeRef(initiativeRef, "initiative", errors);
        if (initiativeId == null && !initiative.isBlank() && !errors.has("initiative")) {
            initiativeId = TrainingRules.initiativeRef(initiative, "initiative", errors);
        }
        return new NewTraining(k, heldOn, d == 0 ? 1 : d, topicBn, topicEn, venueBn, resourcePersonsBn, initiativeId, visitedBn,
                officers, guests.stream().map(g -> new NewTraining.Guest(g.nameBn(), g.designationBn())).toList());
    }

    private static String digits(String text, boolean bangla) {
        return bangla ? BanglaDigits.toBangla(text) : text;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
