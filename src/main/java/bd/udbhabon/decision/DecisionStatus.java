package bd.udbhabon.decision;

import bd.udbhabon.bangla.Bilingual;

/** Where a decision stands. Implemented and dropped close it; either may be reopened. */
public enum DecisionStatus implements Bilingual {
    NOT_STARTED("শুরু হয়নি", "not started"),
    IN_PROGRESS("চলমান", "in progress"),
    IMPLEMENTED("বাস্তবায়িত", "implemented"),
    DROPPED("বাদ", "dropped");

    private final String nameBn;
    private final String nameEn;

    DecisionStatus(String nameBn, String nameEn) {
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

    /** Implemented or dropped: no longer carried to the next meeting. */
    public boolean closed() {
        return this == IMPLEMENTED || this == DROPPED;
    }
}
