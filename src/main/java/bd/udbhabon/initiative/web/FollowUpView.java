package bd.udbhabon.initiative.web;

import bd.udbhabon.decision.Decision;
import bd.udbhabon.office.Office;

/**
 * A visit's follow-up decision as the visits page shows it: the address of its page the reader may open,
 * the office it was given to (null when the deciding office gave it elsewhere since), the decision as of today.
 */
public record FollowUpView(String href, Office owner, Decision decision) {
}
