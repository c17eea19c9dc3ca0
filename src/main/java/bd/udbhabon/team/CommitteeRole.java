package bd.udbhabon.team;

import bd.udbhabon.bangla.Bilingual;

/** A member's place on a sub-committee of the team, in the order the minutes list them. */
public enum CommitteeRole implements Bilingual {
    CONVENER("আহবায়ক", "Convener"),
    MEMBER("সদস্য", "Member"),
    MEMBER_SECRETARY("সদস্য সচিব", "Member-secretary");

    private final String nameBn;
    private final String nameEn;

    CommitteeRole(String nameBn, String nameEn) {
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
