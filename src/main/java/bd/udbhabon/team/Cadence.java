package bd.udbhabon.team;

import bd.udbhabon.bangla.Bilingual;

/** How often a team meets, as its notification says. */
public enum Cadence implements Bilingual {
    MONTHLY("মাসিক", "monthly", 1),
    QUARTERLY("ত্রৈমাসিক", "quarterly", 3);

    private final String nameBn;
    private final String nameEn;
    private final int months;

    Cadence(String nameBn, String nameEn, int months) {
        this.nameBn = nameBn;
        this.nameEn = nameEn;
        this.months = months;
    }

    @Override
    public String nameBn() {
        return nameBn;
    }

    @Override
    public String nameEn() {
        return nameEn;
    }

    /** The months between two meetings that are due. */
    public int months() {
        return months;
    }
}
