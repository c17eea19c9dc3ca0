package bd.udbhabon.plan.web;

import java.util.List;

/**
 * The APA calendar's form: a fiscal year ("2023-24", blank for the default every year follows unless it
 * has its own) and per quarter the report's and the review's due day as day-month ("15-10", either digits;
 * the review's may be blank), bound as {@code quarters[0].submit}.
 */
public record DeadlineForm(String fiscalYear, List<Quarter> quarters) {

    public record Quarter(String submit, String review) {
    }

    public DeadlineForm {
        quarters = quarters == null ? List.of() : quarters;
    }

    /** The report's due day of quarter {@code index + 1} as typed. */
    public String submit(int index) {
        return at(index, false);
    }

    public String review(int index) {
        return at(index, true);
    }

    String at(int index, boolean review) {
        if (index >= quarters.size() || quarters.get(index) == null) {
            return "";
        }
        String value = review ? quarters.get(index).review() : quarters.get(index).submit();
        return value == null ? "" : value;
    }
}
