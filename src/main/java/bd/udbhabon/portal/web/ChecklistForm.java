package bd.udbhabon.portal.web;

import bd.udbhabon.shell.FormText;

/** A new checklist item as the Cabinet Division types it: its names and the fiscal year it is asked from. */
public record ChecklistForm(@FormText(max = 300) String nameBn, @FormText(max = 300) String nameEn, String fromYear) {

    public ChecklistForm {
        nameBn = nameBn == null ? "" : nameBn.strip();
        nameEn = nameEn == null ? "" : nameEn.strip();
        fromYear = fromYear == null ? "" : fromYear.strip();
    }
}
