package bd.udbhabon.plan;

import bd.udbhabon.bangla.Bilingual;

/**
 * A figure the product already knows and can propose for an indicator (issue 14, point 6). The
 * template stores only the key; {@code plan.internal.SystemMeasures} asks the modules that own the
 * figure ({@code meeting}, {@code decision}, {@code team}, {@code training}). Each is in one unit, which an
 * indicator naming it must have.
 */
public enum SystemMeasure implements Bilingual {
    /** The team's meetings held in the quarter (a count; the quarters add up), beside the number the cadence asked. */
    MEETINGS_HELD_AGAINST_CADENCE("নির্ধারিত সংখ্যার বিপরীতে অনুষ্ঠিত টিম সভা", "Team meetings held against the cadence", IndicatorUnit.COUNT),
    /** The team's decisions that fell due in the quarter, implemented by its end (a percent; the quarters average). */
    DECISION_IMPLEMENTATION_RATE("সভার সিদ্ধান্ত বাস্তবায়নের হার", "Decision implementation rate", IndicatorUnit.PERCENT),
    /** Meetings whose minutes were first issued in the quarter (a count). */
    MINUTES_ISSUED("জারিকৃত কার্যবিবরণী", "Minutes issued", IndicatorUnit.COUNT),
    /** Meetings whose minutes went on the innovation corner in the quarter (a count). */
    MINUTES_PUBLISHED("ইনোভেশন কর্নারে প্রকাশিত কার্যবিবরণী", "Minutes published on the corner", IndicatorUnit.COUNT),
    /** On the quarter's last day, a team meeting the notification then in force (yes 1, no 0). */
    TEAM_FORMED("নির্দেশনা অনুযায়ী ইনোভেশন টিম গঠিত", "Innovation team formed by the notification", IndicatorUnit.YES_NO),
    /** The office's trainings whose first day is in the quarter (a count; seed 004 [২.২.১]). */
    TRAININGS_HELD("আয়োজিত প্রশিক্ষণ", "Trainings held", IndicatorUnit.COUNT),
    /** The office's workshops whose first day is in the quarter (a count; seed 004 [১.৫.১]). */
    WORKSHOPS_HELD("আয়োজিত কর্মশালা", "Workshops held", IndicatorUnit.COUNT),
    /** The office's learning sessions after visiting an innovation, held in the quarter (a count; seed 004 [২.২.৩]). */
    LEARNING_SESSIONS_HELD("অনুষ্ঠিত লার্নিং সেশন", "Learning sessions held", IndicatorUnit.COUNT);

    private final String nameBn;
    private final String nameEn;
    private final IndicatorUnit unit;

    SystemMeasure(String nameBn, String nameEn, IndicatorUnit unit) {
        this.nameBn = nameBn;
        this.nameEn = nameEn;
        this.unit = unit;
    }

    /** The unit the figure is in: an indicator filled by it has this unit. */
    public IndicatorUnit unit() {
        return unit;
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
