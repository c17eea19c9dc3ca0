/**
 * The decision register: every decision an innovation team takes, its implementing authorities,
 * due date, status history, progress with evidence, the decisions carried into the next meeting
 * and the implementation rate, all computed as of a date. See docs/modules/decision.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Decision register")
package bd.udbhabon.decision;
