package bd.udbhabon.team;

import bd.udbhabon.office.Office;

/** How the papers name an office's team: orders, notices, minutes and mails say it alike. */
public final class TeamNames {

    private TeamNames() {
    }

    /** "জেলা ইনোভেশন টিম" for a district, and so on by level. */
    public static String of(Office office) {
        return switch (office.level()) {
            case DISTRICT -> "জেলা ইনোভেশন টিম";
            case UPAZILA -> "উপজেলা ইনোভেশন টিম";
            case DIVISION -> "বিভাগীয় ইনোভেশন টিম";
            case MINISTRY -> "মন্ত্রণালয়/বিভাগের ইনোভেশন টিম";
            case DIRECTORATE -> "অধিদপ্তর/সংস্থার ইনোভেশন টিম";
            default -> "ইনোভেশন টিম";
        };
    }

    /** "বিভাগীয় ইনোভেশন টিম" → "বিভাগীয় ইনোভেশন টিমের"; another name takes "-এর". */
    public static String genitive(String teamName) {
        return teamName.endsWith("টিম") ? teamName + "ের" : teamName + "-এর";
    }

    /** The team's name in the genitive: "জেলা ইনোভেশন টিমের". */
    public static String ofGenitive(Office office) {
        return genitive(of(office));
    }
}
