package bd.udbhabon.training.internal;

import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.training.NewTraining;
import bd.udbhabon.training.TrainingKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a training record must say (pure, no database): a kind, the first day (not after today: it is what was
 * held), 1 to 365 days, a topic; lengths as V39's columns; a learning session names the innovation it followed
 * (recorded here, or in words) and nothing else names one; every guest row with a name; someone took part.
 * Problems are keyed by the form's field names; the cleaned training comes back (blank guest rows dropped).
 */
public final class TrainingRules {

    public static final int MAX_DAYS = 365;
    /** The most guest rows read (the form offers a few at a time). */
    public static final int MAX_GUESTS = 200;

    /** An initiative's page address ({@code /offices/12/initiatives/345}) or its number alone. */
    private static final Pattern INITIATIVE = Pattern.compile("(?:.*/initiatives/)?(\\d{1,18})/?(?:[?#].*)?");

    private TrainingRules() {
    }

    /** The days typed (Latin or Bangla digits), or 0 after saying why in {@code errors} under {@code days}. */
    public static int days(String typed, FormErrors errors) {
        String text = typed == null ? "" : BanglaDigits.toLatin(typed.strip());
        if (text.isEmpty()) {
            errors.add("days", "training.error.daysMissing");
            return 0;
        }
        if (!text.matches("\\d{1,6}")) {
            errors.add("days", "training.error.days", MAX_DAYS);
            return 0;
        }
        int days = Integer.parseInt(text);
        if (days < 1 || days > MAX_DAYS) {
            errors.add("days", "training.error.days", MAX_DAYS);
            return 0;
        }
        return days;
    }

    /**
     * The initiative an address or number names ("৩৪৫", "/offices/12/initiatives/345", the whole URL); null for
     * blank; null after saying why under {@code field} when it names none.
     */
    public static Long initiativeRef(String typed, String field, FormErrors errors) {
        String text = typed == null ? "" : BanglaDigits.toLatin(typed.strip());
        if (text.isEmpty()) {
            return null;
        }
        Matcher m = INITIATIVE.matcher(text);
        if (!m.matches()) {
            errors.add(field, "training.error.initiativeRef");
            return null;
        }
        return Long.parseLong(m.group(1));
    }

    /** The training cleaned, its problems added to {@code errors}; {@code today} is Dhaka's. */
    public static NewTraining check(NewTraining t, LocalDate today, FormErrors errors) {
        if (t.kind() == null) {
            errors.add("kind", "training.error.kind");
        }
        if (t.heldOn() == null) {
            if (!errors.has("heldOn")) {
                errors.add("heldOn", "training.error.dayMissing");
            }
        } else if (t.heldOn().isAfter(today)) {
            errors.add("heldOn", "training.error.future");
        } else if (t.heldOn().getYear() < 2000) {
            errors.add("heldOn", "training.error.tooOld");
        }
        if (!errors.has("days") && (t.days() < 1 || t.days() > MAX_DAYS)) {
            errors.add("days", "training.error.days", MAX_DAYS);
        }
        String topicBn = Inputs.text(errors, "topicBn", t.topicBn(), 500);
        if (topicBn == null && !errors.has("topicBn")) {
            errors.add("topicBn", "training.error.topicMissing");
        }
        String topicEn = Inputs.text(errors, "topicEn", t.topicEn(), 500);
        String venue = Inputs.text(errors, "venueBn", t.venueBn(), 300);
        String resourcePersons = Inputs.text(errors, "resourcePersonsBn", t.resourcePersonsBn(), 1000);
        String visited = Inputs.text(errors, "visitedBn", t.visitedBn(), 500);
        Long initiative = t.initiativeId();
        if (t.kind() == TrainingKind.LEARNING_SESSION) {
            if (initiative == null && visited == null && !errors.has("visitedBn") && !errors.has("initiative")) {
                errors.add("initiative", "training.error.visitMissing");
            }
        } else if (t.kind() != null && (initiative != null || visited != null)) {
            errors.add("initiative", "training.error.visitOnlyLearning");
        }
        List<NewTraining.Guest> guests = new ArrayList<>();
        for (int i = 0; i < t.guests().size() && i < MAX_GUESTS; i++) {
            NewTraining.Guest g = t.guests().get(i);
            if (g == null) {
                continue;
            }
            String name = Inputs.text(errors, "guests[" + i + "].nameBn", g.nameBn(), 200);
            String designation = Inputs.text(errors, "guests[" + i + "].designationBn", g.designationBn(), 300);
            if (name == null && designation != null) {
                errors.add("guests[" + i + "].nameBn", "training.error.guestName");
            } else if (name != null) {
                guests.add(new NewTraining.Guest(name, designation));
            }
        }
        List<Long> officers = List.copyOf(new LinkedHashSet<>(t.officerIds().stream().filter(Objects::nonNull).toList()));
        if (officers.isEmpty() && guests.isEmpty() && t.guests().stream().filter(Objects::nonNull)
                .allMatch(g -> blank(g.nameBn()) && blank(g.designationBn()))) {
            errors.add("participants", "training.error.noParticipants");
        }
        return new NewTraining(t.kind(), t.heldOn(), t.days(), topicBn, topicEn, venue, resourcePersons, initiative, visited,
                officers, guests);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
