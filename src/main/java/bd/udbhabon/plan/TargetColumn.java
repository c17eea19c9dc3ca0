package bd.udbhabon.plan;

import bd.udbhabon.bangla.Bilingual;
import java.math.BigDecimal;

/** The APA's five target columns, best first, each with the percent of the weight it earns. */
public enum TargetColumn implements Bilingual {
    EXCELLENT("অসাধারণ", "Excellent", 100),
    VERY_GOOD("অতি উত্তম", "Very good", 90),
    GOOD("উত্তম", "Good", 80),
    FAIR("চলতি মান", "Fair", 70),
    BELOW_FAIR("চলতি মানের নিম্নে", "Below fair", 60);

    private final String nameBn;
    private final String nameEn;
    private final int percent;

    TargetColumn(String nameBn, String nameEn, int percent) {
        this.nameBn = nameBn;
        this.nameEn = nameEn;
        this.percent = percent;
    }

    public int percent() {
        return percent;
    }

    public BigDecimal percentValue() {
        return BigDecimal.valueOf(percent);
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
