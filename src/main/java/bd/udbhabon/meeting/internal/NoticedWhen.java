package bd.udbhabon.meeting.internal;

import bd.udbhabon.bangla.BanglaNames;
import bd.udbhabon.bangla.BanglaTime;
import bd.udbhabon.bangla.DualDate;
import bd.udbhabon.meeting.Meeting;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * When and where a notice announced a meeting (issue 19, point 7), and what changed since, in the
 * words a revised notice prints: "সভার তারিখ: ১০ মার্চ ২০২৬ খ্রি. (মঙ্গলবার)-এর পরিবর্তে ১২ মার্চ ২০২৬ খ্রি. (বৃহস্পতিবার)". Pure.
 */
record NoticedWhen(LocalDate date, LocalTime time, String place, String link) {

    NoticedWhen {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
    }

    static NoticedWhen of(Meeting m) {
        return new NoticedWhen(m.date(), m.startTime(), m.placeBn(), m.onlineLink());
    }

    /** The lines a revised notice prints for each of day, time and place that differ in {@code now}; empty when none does. */
    List<String> changesTo(NoticedWhen now) {
        List<String> changes = new ArrayList<>();
        if (!date.equals(now.date)) {
            changes.add("সভার তারিখ: " + day(date) + "-এর পরিবর্তে " + day(now.date));
        }
        if (!time.equals(now.time)) {
            changes.add("সভার সময়: " + BanglaTime.ofDay(time) + "-এর পরিবর্তে " + BanglaTime.ofDay(now.time));
        }
        if (!Objects.equals(place, now.place) || !Objects.equals(link, now.link)) {
            changes.add("সভার স্থান: " + where() + "-এর পরিবর্তে " + now.where());
        }
        return changes;
    }

    /** "উপজেলা পরিষদ সভাকক্ষ", "অনলাইনে (https://…)" or both, as the minutes' details print the place. */
    String where() {
        return place == null ? "অনলাইনে (" + link + ")" : link == null ? place : place + " (অনলাইনে: " + link + ")";
    }

    private static String day(LocalDate d) {
        return DualDate.gregorianDate(d) + " খ্রি. (" + BanglaNames.weekday(d.getDayOfWeek()) + ")";
    }
}
