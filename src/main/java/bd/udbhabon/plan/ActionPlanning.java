package bd.udbhabon.plan;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.OfficeLevel;
import java.time.LocalDate;
import java.util.List;

/**
 * The action plan's steps for other modules (the demo), through the same services, rules, access
 * checks and audit as the pages. A refusal throws the pages' exception with their field messages.
 */
public interface ActionPlanning {

    /** A template imported from CSV (the import page's columns) and published; its version id. */
    long publishTemplate(FiscalYear year, OfficeLevel level, String titleBn, String totalWeight, byte[] csv);

    /** The office's plan for the year, made on the template in force. */
    ActionPlan make(long officeId, FiscalYear year);

    /** The current version approved in the coordination meeting (its decision lands in the register). */
    ActionPlan approve(long officeId, FiscalYear year, String meetingBn, LocalDate meetingOn, LocalDate approvedOn);

    /** The approved version issued as the annex paper from the memo file, under the file's next number. */
    IssuedPlan issue(long officeId, FiscalYear year, long memoFileId, Signatory signatory, LocalDate issuedOn, List<String> copies);

    /** A quarter's figures saved as the progress page saves them (codes as printed: "[১.৪.১]"). */
    void saveProgress(long officeId, FiscalYear year, int quarter, List<Figure> figures);

    /** The head sends the quarter's report to the direct superior. */
    PlanReport submit(long officeId, FiscalYear year, int quarter, String comment);

    /** The direct superior accepts a report, or returns it with a comment. */
    PlanReport review(long superiorId, long reportId, boolean accept, String comment);

    record Signatory(String nameBn, String designationBn, String phone, String email) {
    }

    /** One indicator's figure for a quarter, as typed on the progress page. */
    record Figure(String code, String achieved, String note) {
    }
}
