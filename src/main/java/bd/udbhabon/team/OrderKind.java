package bd.udbhabon.team;

import bd.udbhabon.bangla.Bilingual;

/** What an office order does to a team. */
public enum OrderKind implements Bilingual {
    /** Forms the team (or re-forms it under a new notification): the members are the whole team. */
    FORMATION("গঠন", "formation"),
    /** Changes members (a replacement after a transfer, a co-opted member): the members are the whole team after it. */
    CHANGE("পুনর্গঠন/পরিবর্তন", "change"),
    /** Dissolves the team: no members. */
    DISSOLUTION("বিলুপ্তি", "dissolution");

    private final String nameBn;
    private final String nameEn;

    OrderKind(String nameBn, String nameEn) {
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
