package bd.udbhabon.plan.web;

import bd.udbhabon.shell.FormText;

/**
 * A step of a quarter's report: the head's submission (a comment optional) or the superior's review,
 * {@code decision} ACCEPT or RETURN (a return needs its comment).
 */
record ReportForm(String decision, @FormText(max = 4000) String comment) {
}
