package bd.udbhabon.decision;

/** Where a decision stands. Implemented and dropped close it; either may be reopened. */
public enum DecisionStatus {
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

    public String name(boolean bangla) {
        return bangla ? nameBn : nameEn;
    }

    /** Implemented or dropped: no longer carried to the next meeting. */
    public boolean closed() {
        return this == IMPLEMENTED || this == DROPPED;
    }
}
