package bd.udbhabon.plan;

import bd.udbhabon.bangla.Bilingual;

/** What an indicator counts, and so how its targets and achievements are written. */
public enum IndicatorUnit implements Bilingual {
    COUNT("সংখ্যা", "Count"),
    PERCENT("%", "%"),
    /** A day by which something is done: earlier is better. */
    DATE("তারিখ", "Date"),
    /** Done or not: the full weight or nothing; no target columns. */
    YES_NO("হ্যাঁ/না", "Yes/no");

    private final String nameBn;
    private final String nameEn;

    IndicatorUnit(String nameBn, String nameEn) {
        this.nameBn = nameBn;
        this.nameEn = nameEn;
    }

    /** Whether a lower value is the better one (a day: the earlier). */
    public boolean lowerIsBetter() {
        return this == DATE;
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
