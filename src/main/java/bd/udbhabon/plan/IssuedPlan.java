package bd.udbhabon.plan;

import bd.udbhabon.bangla.FiscalYear;
import java.time.LocalDate;

/**
 * A plan version as issued (issue 14, point 2): the paper of record, published on the office's corner.
 *
 * @param memoNumber the paper's memo number, as {@code MemoNumber.format()} writes it (Bangla digits)
 */
public record IssuedPlan(long officeId, FiscalYear fiscalYear, int version, long paperId, String memoNumber, LocalDate issuedOn) {
}
