package bd.udbhabon.team.web;

import bd.udbhabon.bangla.DualDate;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.people.Grade;
import bd.udbhabon.people.Subject;
import bd.udbhabon.people.TeachingLevel;
import bd.udbhabon.people.Wing;
import bd.udbhabon.shell.Ui;
import bd.udbhabon.team.Requirement;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A notification's rules in the words of the page's language, for the notification pages. */
public final class NotificationText {

    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private NotificationText() {
    }

    /** "০৬ নভেম্বর ২০২৫" or "6 November 2025". */
    public static String date(Ui ui, LocalDate date) {
        return date == null ? "" : ui.bangla() ? DualDate.gregorianDate(date) : ENGLISH_DATE.format(date);
    }

    public static String level(Ui ui, OfficeLevel level) {
        return ui.bangla() ? level.nameBn() : level.nameEn();
    }

    /** "৭-৯ জন", "ন্যূনতম ১ জন", "১ জন", "সর্বোচ্চ ২ জন". */
    public static String count(Ui ui, int min, Integer max) {
        if (max == null) {
            return ui.t("notification.count.atLeast", ui.num(min));
        }
        if (max == min) {
            return ui.t("notification.count.exactly", ui.num(min));
        }
        if (min == 0) {
            return ui.t("notification.count.atMost", ui.num(max));
        }
        return ui.t("notification.count.between", ui.num(min), ui.num(max));
    }

    /** "অতিরিক্ত সচিব / যুগ্মসচিব", in the order of seniority. */
    public static String grades(Ui ui, Collection<Grade> grades) {
        return names(grades, g -> g.name(ui.bangla()), " / ");
    }

    /** What a member must be to count: "পদমর্যাদা: প্রোগ্রামার / সহকারী প্রোগ্রামার; অন্য দপ্তরের পদ". */
    public static String conditions(Ui ui, Requirement r) {
        List<String> parts = new ArrayList<>();
        if (r.grades() != null) {
            parts.add(ui.t("notification.condition.grades", grades(ui, r.grades())));
        }
        if (r.wings() != null) {
            parts.add(ui.t("notification.condition.wings", names(r.wings(), (Wing w) -> w.name(ui.bangla()), " / ")));
        }
        if (r.skillsDevelopment() != null) {
            parts.add(ui.t("notification.condition.skills." + r.skillsDevelopment()));
        }
        if (r.teachingLevels() != null) {
            parts.add(ui.t("notification.condition.teachingLevels",
                    names(r.teachingLevels(), (TeachingLevel t) -> t.name(ui.bangla()), " / ")));
        }
        if (r.subjects() != null) {
            parts.add(ui.t("notification.condition.subjects", names(r.subjects(), (Subject s) -> s.name(ui.bangla()), " / ")));
        }
        if (r.ofAnotherOffice() != null) {
            parts.add(ui.t("notification.condition.otherOffice." + r.ofAnotherOffice()));
        }
        return String.join("; ", parts);
    }

    private static <E extends Enum<E>> String names(Collection<E> values, Function<E, String> name, String separator) {
        return values.stream().sorted().map(name).collect(Collectors.joining(separator));
    }
}
