package bd.udbhabon.showcase.internal;

import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a showcase must say, pure: its title, day and venue; its criteria (each named, a weight above nought,
 * a maximum score of 1 to 100; the weights add up to exactly 100); a judge's score (a number, Bangla or Latin
 * digits, at most two decimals, from nought to the criterion's maximum). Problems are field errors in the
 * form's names, so a refused form comes back as typed.
 */
public final class ShowcaseRules {

    /** At most 6 digits and 2 decimals, as numeric(6, 2) and numeric(7, 2) hold. */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}(\\.\\d{1,2})?");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ShowcaseRules() {
    }

    /** The showcase as typed. */
    public record Draft(String titleBn, String titleEn, LocalDate heldOn, String venueBn) {
    }

    /** A criterion row as typed: name, weight and maximum score (digits of either script). */
    public record CriterionRow(String nameBn, String weight, String maxScore) {
    }

    /** A criterion as checked. */
    public record NewCriterion(String nameBn, BigDecimal weight, int maxScore) {
    }

    public static Draft check(Draft d, FormErrors errors) {
        String title = Inputs.text(errors, "titleBn", d.titleBn(), 300);
        if (title == null) {
            errors.add("titleBn", "showcase.error.title");
        }
        String titleEn = Inputs.text(errors, "titleEn", d.titleEn(), 300);
        String venue = Inputs.text(errors, "venueBn", d.venueBn(), 300);
        if (d.heldOn() == null && !errors.has("heldOn")) {
            errors.add("heldOn", "showcase.error.heldOn");
        }
        return new Draft(title, titleEn, d.heldOn(), venue);
    }

    /**
     * The criteria, blank rows left out; each row's problem under {@code criteria[i].field}, and the weights'
     * total other than 100 under {@code criteria}.
     */
    public static List<NewCriterion> criteria(List<CriterionRow> rows, FormErrors errors) {
        List<NewCriterion> criteria = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; rows != null && i < rows.size(); i++) {
            CriterionRow row = rows.get(i);
            if (row == null || blank(row.nameBn()) && blank(row.weight()) && blank(row.maxScore())) {
                continue;
            }
            String field = "criteria[" + i + "].";
            String name = Inputs.text(errors, field + "nameBn", row.nameBn(), 300);
            if (name == null) {
                errors.add(field + "nameBn", "showcase.error.criterionName");
            }
            BigDecimal weight = number(row.weight());
            if (weight == null || weight.signum() <= 0 || weight.compareTo(HUNDRED) > 0) {
                errors.add(field + "weight", "showcase.error.weight");
            }
            BigDecimal max = blank(row.maxScore()) ? BigDecimal.TEN : number(row.maxScore());
            if (max == null || max.scale() > 0 && max.stripTrailingZeros().scale() > 0 || max.compareTo(BigDecimal.ONE) < 0
                    || max.compareTo(HUNDRED) > 0) {
                errors.add(field + "maxScore", "showcase.error.maxScore");
            }
            if (weight != null) {
                total = total.add(weight);
            }
            if (name != null && weight != null && max != null && !errors.has(field + "weight") && !errors.has(field + "maxScore")) {
                criteria.add(new NewCriterion(name, weight, max.intValueExact()));
            }
        }
        if (criteria.isEmpty() && !errors.any()) {
            errors.add("criteria", "showcase.error.noCriteria");
        } else if (total.compareTo(HUNDRED) != 0) {
            errors.add("criteria", "showcase.error.weights", BanglaDigits.toBangla(total.stripTrailingZeros().toPlainString()));
        }
        return criteria;
    }

    /** A judge's score for one criterion under {@code field}; null (with the error) when it is not one. */
    public static BigDecimal score(String typed, int maxScore, String field, FormErrors errors) {
        if (blank(typed)) {
            errors.add(field, "showcase.error.scoreMissing");
            return null;
        }
        BigDecimal score = number(typed);
        if (score == null) {
            errors.add(field, "showcase.error.scoreNumber");
            return null;
        }
        if (score.compareTo(BigDecimal.valueOf(maxScore)) > 0) {
            errors.add(field, "showcase.error.scoreAbove", BanglaDigits.toBangla(maxScore));
            return null;
        }
        return score;
    }

    /** A non-negative number of at most 4 digits and 2 decimals, in Bangla or Latin digits; null if it is none. */
    static BigDecimal number(String typed) {
        if (blank(typed)) {
            return null;
        }
        String latin = BanglaDigits.toLatin(typed.strip());
        return NUMBER.matcher(latin).matches() ? new BigDecimal(latin) : null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
