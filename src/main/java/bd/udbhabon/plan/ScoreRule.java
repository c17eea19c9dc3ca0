package bd.udbhabon.plan;

import bd.udbhabon.bangla.Bilingual;

/**
 * How an achievement between two target columns scores; the APA guidance we have read does not fix
 * it, so it is a setting ({@code udbhabon.plan.score-rule}) and every score names the one used.
 */
public enum ScoreRule implements Bilingual {
    /** The lower column's percent (78 between the 80 and 75 columns earns the 75 column's percent). */
    STEP("নিম্নতর কলামের হার", "Step to the lower column"),
    /** Interpolated between the two columns' percents. */
    LINEAR("দুই কলামের মধ্যে আনুপাতিক", "Linear between the columns");

    private final String nameBn;
    private final String nameEn;

    ScoreRule(String nameBn, String nameEn) {
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
