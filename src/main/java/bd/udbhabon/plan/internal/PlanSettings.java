package bd.udbhabon.plan.internal;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.plan.ScoreRule;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The plan module's settings, {@code udbhabon.plan.*}.
 *
 * @param scoreRule        how an achievement between two target columns scores ({@code UDBHABON_PLAN_SCORE_RULE}):
 *                         {@code STEP} (the lower column's percent) or {@code LINEAR} (between the columns); every
 *                         score names the rule that computed it
 * @param revisionCutOff   the last day of a fiscal year's first calendar year on which an issued plan may still be
 *                         revised, as month-day ({@code UDBHABON_PLAN_REVISION_CUT_OFF}, {@code 09-30}: 30 September);
 *                         a day that does not exist stops the start
 * @param rollUpHashedAbove above this many offices below it, an office's roll-up hashes the year's plans rather than
 *                         looking each office's up ({@code RollUpQueries}: 390 offices 4 ms looked up, 12 hashed;
 *                         4,782 offices 56 ms looked up, 21 hashed)
 */
@Validated
@ConfigurationProperties("udbhabon.plan")
public record PlanSettings(@NotNull @DefaultValue("STEP") ScoreRule scoreRule,
                           @NotNull @DefaultValue("09-30") String revisionCutOff,
                           @Min(0) @DefaultValue("1000") int rollUpHashedAbove) {

    public PlanSettings {
        if (revisionCutOff != null) {
            cutOff(revisionCutOff);
        }
    }

    /** The last day a plan of {@code year} may be revised: the cut-off in the year's first calendar year. */
    public LocalDate lastRevisionDay(FiscalYear year) {
        return cutOff(revisionCutOff).atYear(year.startYear());
    }

    /** Parsed once per text: a plan's page asks for the last revision day several times. */
    private static final Map<String, MonthDay> CUT_OFFS = new ConcurrentHashMap<>();

    private static MonthDay cutOff(String text) {
        return CUT_OFFS.computeIfAbsent(text, PlanSettings::parse);
    }

    private static MonthDay parse(String text) {
        try {
            MonthDay day = MonthDay.parse("--" + text.strip());
            if (day.getMonthValue() < 7) {
                // the fiscal year's first calendar year is July to December
                throw new IllegalArgumentException("udbhabon.plan.revision-cut-off must fall in July-December, got " + text);
            }
            return day;
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("udbhabon.plan.revision-cut-off is month-day (09-30), got " + text, e);
        }
    }
}
