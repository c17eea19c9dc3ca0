package bd.udbhabon.people;

import bd.udbhabon.bangla.Bilingual;

/**
 * The wing, branch, section or cell of an office a post belongs to, as the 2025 notification asks
 * for it: at least one officer from ICT and one from planning (two requirements, not one).
 */
public enum Wing implements Bilingual {
    ICT("আইসিটি", "ICT"),
    PLANNING("পরিকল্পনা", "Planning"),
    OTHER("অন্যান্য", "Other");

    private final String nameBn;
    private final String nameEn;

    Wing(String nameBn, String nameEn) {
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

    /** A wing as typed: its constant, Bangla or English name; null if blank or unknown. */
    public static Wing parse(String value) {
        return Choices.parse(Wing.class, value);
    }
}
