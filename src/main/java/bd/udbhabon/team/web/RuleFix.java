package bd.udbhabon.team.web;

import bd.udbhabon.team.RuleCheck;

/**
 * Where an unmet rule is mended, as a place on the draft page and the words of its link: the member rows
 * (a head to choose, too many or too few members, a post of the kind asked for), the search for another
 * office's posts, or the inline "officer able to develop skills".
 */
public enum RuleFix {
    MEMBERS("member-rows", "team.fix.members"),
    POST("member-rows", "team.fix.post"),
    OTHER_OFFICE("other-office-search", "team.fix.otherOffice"),
    SKILLS("skills-fix", "team.fix.skills");

    private final String anchor;
    private final String messageKey;

    RuleFix(String anchor, String messageKey) {
        this.anchor = anchor;
        this.messageKey = messageKey;
    }

    public String anchor() {
        return anchor;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Too many counted is mended by taking members off; too few by the kind of member the rule asks for. */
    public static RuleFix of(RuleCheck check) {
        var r = check.requirement();
        if (r == null || r.maxCount() != null && check.counted().size() > r.maxCount()) {
            return MEMBERS;
        }
        if (check.asksSkillsDevelopment()) {
            return SKILLS;
        }
        return check.asksAnotherOffice() ? OTHER_OFFICE : POST;
    }
}
