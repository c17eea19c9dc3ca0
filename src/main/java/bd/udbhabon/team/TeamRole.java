package bd.udbhabon.team;

/** A member's place on the team. The head's title comes from the notification ("চিফ ইনোভেশন অফিসার"). */
public enum TeamRole {
    HEAD("টিম প্রধান", "Head"),
    MEMBER("সদস্য", "Member"),
    MEMBER_SECRETARY("সদস্য সচিব", "Member-secretary"),
    COOPTED("কো-অপ্ট সদস্য", "Co-opted member");

    private final String nameBn;
    private final String nameEn;

    TeamRole(String nameBn, String nameEn) {
        this.nameBn = nameBn;
        this.nameEn = nameEn;
    }

    public String name(boolean bangla) {
        return bangla ? nameBn : nameEn;
    }
}
