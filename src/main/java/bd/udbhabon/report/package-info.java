/**
 * The annual report (issue 16, point 1): per office and fiscal year, drafted from what the other modules contribute
 * ({@link ReportSection}), each section edited in Bangla beside its computed figures, approved and issued as an
 * official paper by 31 July, sent to the Cabinet Division and published on the corner. See {@code docs/modules/report.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Annual report")
package bd.udbhabon.report;
