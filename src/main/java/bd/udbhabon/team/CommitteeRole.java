package bd.udbhabon.team;

/** A member's place on a sub-committee of the team, in the order the minutes list them. */
public enum CommitteeRole {
    CONVENER("আহবায়ক", "Convener"),
    MEMBER("সদস্য", "Member"),
    MEMBER_SECRETARY("সদস্য সচিব", "Member-secretary");

    private final String nameBn;
    private final String nameEn;

    CommitteeRole(String nameBn, String nameEn) {
        this.nameBn = nameBn;
        this.nameEn = nameEn;
    }

    public String name(boolean bangla) {
        return bangla ? nameBn : nameEn;
    }
}
