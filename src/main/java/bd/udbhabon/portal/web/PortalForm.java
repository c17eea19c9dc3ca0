package bd.udbhabon.portal.web;

import bd.udbhabon.portal.ChecklistItem;
import bd.udbhabon.portal.PortalChecklist;
import bd.udbhabon.shell.FormText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A quarter's checklist as Spring binds it: the quarter ({@code year}, {@code quarter}) and one row per item
 * ({@code links[0].item}, {@code links[0].url}); a blank address is an item not done.
 */
public record PortalForm(String year, String quarter, List<LinkRow> links) {

    /** One item's row as typed. */
    public record LinkRow(Long item, @FormText String url) {

        public LinkRow {
            url = url == null ? "" : url;
        }
    }

    public PortalForm {
        year = year == null ? "" : year;
        quarter = quarter == null ? "" : quarter;
        // a row left out of the numbering comes as null: dropped (it names no item)
        links = links == null ? List.of() : new ArrayList<>(links.stream().filter(Objects::nonNull).toList());
    }

    /** The form of the quarter's items with the links stored. */
    static PortalForm of(Quarter period, List<ChecklistItem> items, Map<Long, String> links) {
        return new PortalForm(period.year().shortLabelLatin(), Integer.toString(period.quarter()),
                items.stream().map(i -> new LinkRow(i.id(), links.getOrDefault(i.id(), ""))).toList());
    }

    /** What the service checks; a row without an item names none (0), which it refuses. */
    List<PortalChecklist.Answer> answers() {
        return links.stream().map(l -> new PortalChecklist.Answer(l.item() == null ? 0 : l.item(), l.url())).toList();
    }

    /** The typed address of an item, or blank. */
    public String url(long itemId) {
        return links.stream().filter(l -> l.item() != null && l.item() == itemId).map(LinkRow::url).findFirst().orElse("");
    }

    /** The row's index of an item (where its error is kept), or -1. */
    public int index(long itemId) {
        for (int i = 0; i < links.size(); i++) {
            if (links.get(i).item() != null && links.get(i).item() == itemId) {
                return i;
            }
        }
        return -1;
    }
}
