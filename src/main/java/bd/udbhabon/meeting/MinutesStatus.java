package bd.udbhabon.meeting;

import bd.udbhabon.bangla.Bilingual;

/**
 * Where a version of the minutes stands: drafted, circulated to the members for comments (optional),
 * approved by the chair, issued. Only drafts and circulated minutes may be edited; editing approved
 * minutes takes them back to a draft, which the chair approves again. Issued minutes never change.
 */
public enum MinutesStatus implements Bilingual {
    DRAFT("খসড়া", "Draft"),
    CIRCULATED("মতামতের জন্য সদস্যদের কাছে প্রেরিত", "Circulated for comments"),
    APPROVED("সভাপতি কর্তৃক অনুমোদিত", "Approved by the chair"),
    ISSUED("জারিকৃত", "Issued");

    private final String nameBn;
    private final String nameEn;

    MinutesStatus(String nameBn, String nameEn) {
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

    public boolean issued() {
        return this == ISSUED;
    }
}
