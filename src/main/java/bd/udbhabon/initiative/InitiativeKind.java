package bd.udbhabon.initiative;

import bd.udbhabon.bangla.Bilingual;

/** What an initiative does (duties ৬, ৭, ৯, ১৭ of the 2025 notification). */
public enum InitiativeKind implements Bilingual {
    IDEA("উদ্ভাবনী ধারণা", "Innovative idea"),
    SIMPLIFICATION("সেবা সহজিকরণ", "Service simplification"),
    DIGITISATION("সেবা ডিজিটাইজেশন", "Service digitisation"),
    /** Another office's initiative taken up here (linked to the original). */
    REPLICATION("অন্য দপ্তরের উদ্যোগের রেপ্লিকেশন", "Replication of another office's initiative");

    private final String nameBn;
    private final String nameEn;

    InitiativeKind(String nameBn, String nameEn) {
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
