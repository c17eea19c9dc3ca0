package bd.udbhabon.plan.internal;

import bd.udbhabon.plan.ScoreRule;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The plan module's settings, {@code udbhabon.plan.*}.
 *
 * @param scoreRule how an achievement between two target columns scores ({@code UDBHABON_PLAN_SCORE_RULE}):
 *                  {@code STEP} (the lower column's percent) or {@code LINEAR} (between the columns); every
 *                  score names the rule that computed it
 */
@Validated
@ConfigurationProperties("udbhabon.plan")
public record PlanSettings(@NotNull @DefaultValue("STEP") ScoreRule scoreRule) {
}
