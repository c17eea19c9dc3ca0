package bd.udbhabon.initiative;

import bd.udbhabon.bangla.Bilingual;

/** What was done to a service in the register (seed 004 [১.২.১]: "উদ্ভাবিত/সহজিকৃত/ডিজিটাইজকৃত সেবা"). */
public enum ServiceKind implements Bilingual {
    INNOVATED("উদ্ভাবিত", "Innovated"),
    SIMPLIFIED("সহজিকৃত", "Simplified"),
    DIGITISED("ডিজিটাইজকৃত", "Digitised");

    private final String nameBn;
    private final String nameEn;

    ServiceKind(String nameBn, String nameEn) {
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
