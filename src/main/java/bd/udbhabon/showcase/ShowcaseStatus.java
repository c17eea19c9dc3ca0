package bd.udbhabon.showcase;

import bd.udbhabon.bangla.Bilingual;

/**
 * Where a showcase stands: set up (entries, criteria, judges), being scored (entries and criteria fixed), or
 * published (the best initiatives chosen, the result paper issued; nothing changes after).
 */
public enum ShowcaseStatus implements Bilingual {
    DRAFT("প্রস্তুতি", "Being set up"),
    SCORING("নম্বর প্রদান চলছে", "Scoring"),
    PUBLISHED("ফলাফল প্রকাশিত", "Result published");

    private final String nameBn;
    private final String nameEn;

    ShowcaseStatus(String nameBn, String nameEn) {
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
