package bd.udbhabon.people;

import bd.udbhabon.bangla.Bilingual;

/** The subject a teacher's post teaches; the team rules look for ICT or science. */
public enum Subject implements Bilingual {
    ICT("তথ্য ও যোগাযোগ প্রযুক্তি", "ICT"),
    SCIENCE("বিজ্ঞান", "Science"),
    OTHER("অন্যান্য", "Other");

    private final String nameBn;
    private final String nameEn;

    Subject(String nameBn, String nameEn) {
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

    /** A subject as typed: its constant, Bangla or English name (also "আইসিটি"); null if blank or unknown. */
    public static Subject parse(String value) {
        if (value != null && Choices.key(value).equals("আইসিটি")) {
            return ICT;
        }
        return Choices.parse(Subject.class, value);
    }
}
