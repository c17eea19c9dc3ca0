package bd.udbhabon.plan;

import bd.udbhabon.bangla.Bilingual;

/**
 * A figure the product already knows and can propose for an indicator (issue 14, point 6). The
 * template stores only the key; the modules that own the figure will supply it.
 */
public enum SystemMeasure implements Bilingual {
    MEETINGS_HELD_AGAINST_CADENCE("নির্ধারিত সংখ্যার বিপরীতে অনুষ্ঠিত টিম সভা", "Team meetings held against the cadence"),
    DECISION_IMPLEMENTATION_RATE("সভার সিদ্ধান্ত বাস্তবায়নের হার", "Decision implementation rate"),
    MINUTES_ISSUED("জারিকৃত কার্যবিবরণী", "Minutes issued"),
    MINUTES_PUBLISHED("ইনোভেশন কর্নারে প্রকাশিত কার্যবিবরণী", "Minutes published on the corner"),
    TEAM_FORMED("নির্দেশনা অনুযায়ী ইনোভেশন টিম গঠিত", "Innovation team formed by the notification");

    private final String nameBn;
    private final String nameEn;

    SystemMeasure(String nameBn, String nameEn) {
        this.nameBn = nameBn;
        this.nameEn = nameEn;
    }

    @Override
    public String nameBn() {
        return nameBn;
    }

    @Override
    public String nameEn() {
        return nameEn;
    }
}
