package bd.udbhabon.meeting.internal;

import bd.udbhabon.office.Office;

/** How the papers name the team, in one place for the notice, the minutes and their mails. */
final class MeetingWording {

    private MeetingWording() {
    }

    /** What the papers call the team (as the team module's orders do). */
    static String teamName(Office office) {
        return switch (office.level()) {
            case DISTRICT -> "জেলা ইনোভেশন টিম";
            case UPAZILA -> "উপজেলা ইনোভেশন টিম";
            case DIVISION -> "বিভাগীয় ইনোভেশন টিম";
            case MINISTRY -> "মন্ত্রণালয়/বিভাগের ইনোভেশন টিম";
            case DIRECTORATE -> "অধিদপ্তর/সংস্থার ইনোভেশন টিম";
            default -> "ইনোভেশন টিম";
        };
    }

    /** "বিভাগীয় ইনোভেশন টিম" → "বিভাগীয় ইনোভেশন টিমের". */
    static String genitive(String teamName) {
        return teamName.endsWith("টিম") ? teamName + "ের" : teamName + "-এর";
    }

    /** The team's name in the genitive: "জেলা ইনোভেশন টিমের". */
    static String teamsOf(Office office) {
        return genitive(teamName(office));
    }
}
