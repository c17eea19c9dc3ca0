package bd.udbhabon.supervision.internal;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The supervision module's settings, {@code udbhabon.supervision.*}.
 *
 * @param years        how many fiscal years, the current one included, the full rebuild computes
 *                     ({@code UDBHABON_SUPERVISION_YEARS}, 10)
 * @param nightlyCron  when the nightly rebuild of the current and the previous fiscal year runs (what time alone
 *                     changes: a meeting period that ended without a meeting becomes overdue), Dhaka time
 * @param rebuildOnStart rebuild every year at start-up, then go on ({@code UDBHABON_SUPERVISION_REBUILD_ON_START}, the
 *                     command-line switch {@code --udbhabon.supervision.rebuild-on-start=true})
 */
@Validated
@ConfigurationProperties("udbhabon.supervision")
public record SupervisionProperties(@Min(1) @DefaultValue("10") int years,
                                    @NotBlank @DefaultValue("0 30 1 * * *") String nightlyCron,
                                    @DefaultValue("false") boolean rebuildOnStart) {
}
