package bd.udbhabon.plan.internal;

import bd.udbhabon.plan.ActionPlan;
import bd.udbhabon.plan.IndicatorCode;
import bd.udbhabon.plan.PlanTemplate;
import bd.udbhabon.plan.Quantity;
import bd.udbhabon.plan.Scorer;
import bd.udbhabon.plan.Scores;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A plan's scores from its recorded progress: each indicator's quarters (a day as its epoch day, yes/no
 * as 1/0) made into the figure to date by its calculation, then scored by the rule in force. The one
 * place the pages, the reports upward and the roll-ups get a plan's score from.
 */
@Component
public class PlanScores {

    private final JdbcClient jdbc;
    private final Scorer scorer;

    PlanScores(JdbcClient jdbc, Scorer scorer) {
        this.jdbc = jdbc;
        this.scorer = scorer;
    }

    /** Each indicator's recorded figure per quarter (index 0 = Q1; null where none). */
    public Map<IndicatorCode, List<BigDecimal>> quarters(long planId) {
        Map<IndicatorCode, List<BigDecimal>> figures = new HashMap<>();
        jdbc.sql("""
                        select quarter, section_no, activity_no, indicator_no, achieved, achieved_on
                          from plan_progress where plan_id = ? and (achieved is not null or achieved_on is not null)""")
                .param(planId).query((rs, n) -> {
                    IndicatorCode code = new IndicatorCode(rs.getInt("section_no"), rs.getInt("activity_no"), rs.getInt("indicator_no"));
                    Date day = rs.getDate("achieved_on");
                    BigDecimal value = day != null ? Quantity.ofDate(day.toLocalDate()) : Quantity.canonical(rs.getBigDecimal("achieved"));
                    figures.computeIfAbsent(code, c -> new ArrayList<>(Arrays.asList(null, null, null, null)))
                            .set(rs.getInt("quarter") - 1, value);
                    return null;
                }).list();
        return figures;
    }

    /** The plan's score to the end of {@code quarter} (4: the year's), on its current version's rows. */
    public Scores.PlanScore toDate(ActionPlan plan, int quarter) {
        Map<IndicatorCode, List<BigDecimal>> figures = quarters(plan.id());
        Map<IndicatorCode, PlanTemplate.Indicator> indicators = new HashMap<>();
        plan.current().content().indicators().forEach(i -> indicators.put(i.code(), i));
        return scorer.score(plan.current().content(), code -> {
            List<BigDecimal> q = figures.get(code);
            return q == null ? null : indicators.get(code).calculation().through(q, quarter);
        });
    }
}
