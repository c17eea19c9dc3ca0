package bd.udbhabon.people;

import bd.udbhabon.bangla.Bilingual;

/** The rank a post carries, the way the team rules name it. Roughly in order of seniority. */
public enum Grade implements Bilingual {
    SECRETARY("সচিব", "Secretary"),
    ADDITIONAL_SECRETARY("অতিরিক্ত সচিব", "Additional Secretary"),
    JOINT_SECRETARY("যুগ্মসচিব", "Joint Secretary"),
    DEPUTY_SECRETARY("উপসচিব", "Deputy Secretary"),
    SENIOR_ASSISTANT_SECRETARY("সিনিয়র সহকারী সচিব", "Senior Assistant Secretary"),
    ASSISTANT_SECRETARY("সহকারী সচিব", "Assistant Secretary"),
    DIRECTOR_GENERAL("মহাপরিচালক", "Director General"),
    DIRECTOR("পরিচালক", "Director"),
    DEPUTY_DIRECTOR("উপপরিচালক", "Deputy Director"),
    ASSISTANT_DIRECTOR("সহকারী পরিচালক", "Assistant Director"),
    DIVISIONAL_COMMISSIONER("বিভাগীয় কমিশনার", "Divisional Commissioner"),
    ADDITIONAL_DIVISIONAL_COMMISSIONER("অতিরিক্ত বিভাগীয় কমিশনার", "Additional Divisional Commissioner"),
    DEPUTY_COMMISSIONER("জেলা প্রশাসক", "Deputy Commissioner"),
    ADDITIONAL_DEPUTY_COMMISSIONER("অতিরিক্ত জেলা প্রশাসক", "Additional Deputy Commissioner"),
    SENIOR_ASSISTANT_COMMISSIONER("সিনিয়র সহকারী কমিশনার", "Senior Assistant Commissioner"),
    ASSISTANT_COMMISSIONER("সহকারী কমিশনার", "Assistant Commissioner"),
    UPAZILA_NIRBAHI_OFFICER("উপজেলা নির্বাহী অফিসার", "Upazila Nirbahi Officer"),
    ASSISTANT_COMMISSIONER_LAND("সহকারী কমিশনার (ভূমি)", "Assistant Commissioner (Land)"),
    SYSTEM_ANALYST("সিস্টেম এনালিস্ট", "System Analyst"),
    PROGRAMMER("প্রোগ্রামার", "Programmer"),
    ASSISTANT_PROGRAMMER("সহকারী প্রোগ্রামার", "Assistant Programmer"),
    PRINCIPAL("অধ্যক্ষ", "Principal"),
    TEACHER("শিক্ষক / প্রভাষক", "Teacher / Lecturer"),
    OFFICER("কর্মকর্তা", "Officer"),
    OTHER("অন্যান্য", "Other");

    private final String nameBn;
    private final String nameEn;

    Grade(String nameBn, String nameEn) {
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

    /** A grade as typed: its constant, Bangla or English name, in any case; null if blank or unknown. */
    public static Grade parse(String value) {
        return Choices.parse(Grade.class, value);
    }
}
