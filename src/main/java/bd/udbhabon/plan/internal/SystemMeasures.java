package bd.udbhabon.plan.internal;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.plan.SystemMeasure;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The figures the product already knows, proposed for the indicators whose template names a
 * {@link SystemMeasure} (issue 14, point 6): the value for an office's quarter, with its source in
 * words. The office may override a proposal only with a reason, shown to the superior.
 */
@Component
class SystemMeasures {

    /** What the system proposes for one indicator's quarter, and where it comes from. */
    record Proposal(BigDecimal value, String sourceBn, String sourceEn) {
    }

    /** The proposal for {@code measure} over the office's quarter (figures to the quarter's end), if the system knows it. */
    Optional<Proposal> propose(SystemMeasure measure, long officeId, FiscalYear year, int quarter) {
        return Optional.empty(); // point 6 supplies the figures from team, meeting and decision
    }
}
