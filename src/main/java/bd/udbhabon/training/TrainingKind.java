package bd.udbhabon.training;

import bd.udbhabon.bangla.Bilingual;

/**
 * What was held (duties ৬ and ২১ of the 2025 notification; seed 004 [১.৫.১] workshops, [২.২.১] trainings,
 * [২.২.৩] a learning session after visiting an innovation).
 */
public enum TrainingKind implements Bilingual {
    TRAINING("প্রশিক্ষণ", "Training"),
    WORKSHOP("কর্মশালা", "Workshop"),
    /** Held at the office after visiting an innovation (the one visited is named). */
    LEARNING_SESSION("লার্নিং সেশন", "Learning session");

    private final String nameBn;
    private final String nameEn;

    TrainingKind(String nameBn, String nameEn) {
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
