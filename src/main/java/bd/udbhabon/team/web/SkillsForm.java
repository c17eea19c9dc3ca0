package bd.udbhabon.team.web;

import bd.udbhabon.shell.FormErrors;

/**
 * The draft's inline fix for an unmet "officer able to develop skills" rule, as typed: the team's post, the new
 * officer's name and joining day; its problems, and the message key of what was done ({@code done}), if anything.
 */
public record SkillsForm(String post, String name, String from, FormErrors errors, String done) {

    public static final SkillsForm EMPTY = new SkillsForm("", "", "", new FormErrors(), null);

    public SkillsForm {
        post = IssueForm.nz(post);
        name = IssueForm.nz(name);
        from = IssueForm.nz(from);
        errors = errors == null ? new FormErrors() : errors;
    }
}
