package bd.udbhabon.people;

import bd.udbhabon.bangla.Bilingual;

/** The level a teacher's post teaches at; a post that is not a teacher's has none (null). */
public enum TeachingLevel implements Bilingual {
    SECONDARY("মাধ্যমিক", "Secondary"),
    HIGHER_SECONDARY("উচ্চ মাধ্যমিক", "Higher secondary");

    private final String nameBn;
    private final String nameEn;

    TeachingLevel(String nameBn, String nameEn) {
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

    /** A level as typed: its constant, Bangla or English name; null if blank or unknown. */
    public static TeachingLevel parse(String value) {
        return Choices.parse(TeachingLevel.class, value);
    }
}
