/**
 * Supervision (issue 16, points 2 and 6): every office's dashboard over its subtree in both hierarchies, on a read
 * side pre-aggregated per office and quarter from the figures the other modules give ({@link OfficeFigures}), kept in
 * step by the audit events of their writes and rebuilt from the facts by one command; the national open data.
 * See {@code docs/modules/supervision.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision")
package bd.udbhabon.supervision;
