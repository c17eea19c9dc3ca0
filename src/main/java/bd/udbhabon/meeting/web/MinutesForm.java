package bd.udbhabon.meeting.web;

import bd.udbhabon.decision.Owner;
import bd.udbhabon.decision.OwnerChoice;
import bd.udbhabon.document.Minutes.Style;
import bd.udbhabon.meeting.MinutesContent;
import bd.udbhabon.meeting.MinutesContent.DecisionEntry;
import bd.udbhabon.meeting.MinutesContent.DecisionKind;
import bd.udbhabon.meeting.MinutesContent.Item;
import bd.udbhabon.meeting.MinutesContent.ItemKind;
import bd.udbhabon.shell.FormDates;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.team.CommitteeRole;
import bd.udbhabon.team.SubCommittees;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The minutes form as typed, bound by Spring ({@code items[2].decisions[0].owners[1].key}): every value a
 * string, so that a form sent back with errors shows exactly what was typed; a field not sent is blank.
 * Rows left empty are dropped before the content is read ({@link #withoutBlankRows}), so the rows' numbers
 * match the service's field errors ("item_3_d_0_owners"); fresh empty rows are added for the page.
 */
public record MinutesForm(String style, String title, String subject, String opening, String itemsIntro, String closing,
                          String chairName, String chairDesignation, String correctionNote, List<ItemRow> items) {

    static final int OWNER_ROWS = 3;
    static final int MEMBER_ROWS = 6;
    static final int MAX_ROWS = 60;

    public MinutesForm {
        style = nz(style);
        title = nz(title);
        subject = nz(subject);
        opening = nz(opening);
        itemsIntro = nz(itemsIntro);
        closing = nz(closing);
        chairName = nz(chairName);
        chairDesignation = nz(chairDesignation);
        correctionNote = nz(correctionNote);
        items = rows(items);
    }

    public record ItemRow(String kind, String subject, String target, String discussion, List<DecisionRow> decisions) {
        public ItemRow {
            kind = kind == null || kind.isBlank() ? ItemKind.AGENDA.name() : kind;
            subject = nz(subject);
            target = nz(target);
            discussion = nz(discussion);
            decisions = rows(decisions);
        }

        boolean blank() {
            return kind.equals(ItemKind.AGENDA.name()) && subject.isBlank() && target.isBlank() && discussion.isBlank()
                   && decisions.stream().allMatch(DecisionRow::blank);
        }
    }

    public record DecisionRow(String text, String due, String kind, String reg, List<OwnerRow> owners, String committeeName,
                              List<MemberRow> committee, String coopt) {
        public DecisionRow {
            text = nz(text);
            due = nz(due);
            kind = kind == null || kind.isBlank() ? DecisionKind.PLAIN.name() : kind;
            reg = nz(reg);
            owners = rows(owners);
            committeeName = nz(committeeName);
            committee = rows(committee);
            coopt = nz(coopt);
        }

        boolean blank() {
            return text.isBlank() && due.isBlank() && owners.stream().allMatch(o -> o.key().isBlank())
                   && committeeName.isBlank() && committee.stream().allMatch(MemberRow::blank) && coopt.isBlank();
        }
    }

    public record OwnerRow(String key, String label) {
        public OwnerRow {
            key = nz(key);
            label = nz(label);
        }
    }

    public record MemberRow(String post, String label, String role) {
        public MemberRow {
            post = nz(post);
            label = nz(label);
            role = nz(role);
        }

        boolean blank() {
            return post.isBlank() && label.isBlank();
        }
    }

    /** Rows as bound: none sent is none, a number skipped is no row, more than the form offers are not read. */
    private static <T> List<T> rows(List<T> rows) {
        return rows == null ? List.of() : rows.stream().filter(Objects::nonNull).limit(MAX_ROWS).toList();
    }

    static MinutesForm of(MinutesContent c) {
        List<ItemRow> items = new ArrayList<>();
        for (Item item : c.items()) {
            List<DecisionRow> decisions = new ArrayList<>();
            for (DecisionEntry e : item.decisions()) {
                decisions.add(new DecisionRow(nz(e.textBn()), e.dueOn() == null ? "" : e.dueOn().toString(), e.kind().name(),
                        e.registerId() == null ? "" : e.registerId().toString(),
                        e.owners().stream().map(o -> new OwnerRow(o.key(), o.labelBn())).toList(), nz(e.committeeNameBn()),
                        e.committee().stream().map(m -> new MemberRow(m.postId() == null ? "" : m.postId().toString(), m.labelBn(),
                                m.role().name())).toList(),
                        e.cooptPostId() == null ? "" : e.cooptPostId().toString()));
            }
            items.add(new ItemRow(item.kind().name(), nz(item.subjectBn()), nz(item.targetBn()), nz(item.discussionBn()), decisions));
        }
        return new MinutesForm(c.style().name(), nz(c.titleBn()), nz(c.subjectBn()), String.join("\n\n", c.opening()),
                nz(c.itemsIntroBn()), nz(c.closingBn()), nz(c.chairNameBn()), nz(c.chairDesignationBn()), nz(c.correctionNoteBn()),
                items);
    }

    /**
     * The form as bound, every item and decision row kept where it stood, so that "+ সিদ্ধান্ত" and
     * "remove" name the rows the page showed; only empty owner and member rows are left out.
     */
    MinutesForm typed() {
        List<ItemRow> rows = new ArrayList<>();
        for (ItemRow item : items) {
            List<DecisionRow> decisions = new ArrayList<>();
            for (DecisionRow d : item.decisions()) {
                decisions.add(new DecisionRow(d.text(), d.due(), d.kind(), d.reg(), d.owners().stream().filter(o -> !o.key().isBlank()).toList(),
                        d.committeeName(), d.committee().stream().filter(m -> !m.blank()).toList(), d.coopt()));
            }
            rows.add(new ItemRow(item.kind(), item.subject(), item.target(), item.discussion(), decisions));
        }
        return with(rows);
    }

    /** Without the empty decisions and the empty agenda items, so that rows' numbers are those the service names. */
    MinutesForm withoutBlankRows() {
        List<ItemRow> rows = new ArrayList<>();
        for (ItemRow item : items) {
            ItemRow row = new ItemRow(item.kind(), item.subject(), item.target(), item.discussion(),
                    item.decisions().stream().filter(d -> !d.blank()).toList());
            if (!row.blank()) {
                rows.add(row);
            }
        }
        return with(rows);
    }

    /** "+ সিদ্ধান্ত": one more empty decision under the item, nothing typed lost. */
    MinutesForm withDecisionAdded(int item) {
        if (item < 0 || item >= items.size() || items.get(item).decisions().size() >= MAX_ROWS) {
            return this;
        }
        List<ItemRow> rows = new ArrayList<>(items);
        ItemRow row = rows.get(item);
        List<DecisionRow> decisions = new ArrayList<>(row.decisions());
        decisions.add(emptyDecision());
        rows.set(item, new ItemRow(row.kind(), row.subject(), row.target(), row.discussion(), decisions));
        return with(rows);
    }

    /** A decision slot taken away (typed or not: the writer asked), the others kept as typed. */
    MinutesForm withDecisionRemoved(int item, int decision) {
        if (item < 0 || item >= items.size() || decision < 0 || decision >= items.get(item).decisions().size()) {
            return this;
        }
        List<ItemRow> rows = new ArrayList<>(items);
        ItemRow row = rows.get(item);
        List<DecisionRow> decisions = new ArrayList<>(row.decisions());
        decisions.remove(decision);
        rows.set(item, new ItemRow(row.kind(), row.subject(), row.target(), row.discussion(), decisions));
        return with(rows);
    }

    /**
     * The form with room to type: an empty decision under each item that has none (more through
     * "+ সিদ্ধান্ত"), owner and member rows, and {@code extraItems} items.
     */
    MinutesForm withRoom(int extraItems) {
        List<ItemRow> rows = new ArrayList<>();
        for (ItemRow item : items) {
            List<DecisionRow> decisions = new ArrayList<>(item.decisions().stream().map(MinutesForm::roomy).toList());
            if (decisions.isEmpty()) {
                decisions.add(roomy(emptyDecision()));
            }
            rows.add(new ItemRow(item.kind(), item.subject(), item.target(), item.discussion(), decisions));
        }
        for (int i = 0; i < extraItems && rows.size() < MAX_ROWS; i++) {
            rows.add(new ItemRow(ItemKind.AGENDA.name(), "", "", "", List.of(roomy(emptyDecision()))));
        }
        return with(rows);
    }

    private MinutesForm with(List<ItemRow> rows) {
        return new MinutesForm(style, title, subject, opening, itemsIntro, closing, chairName, chairDesignation, correctionNote, rows);
    }

    private static DecisionRow emptyDecision() {
        return new DecisionRow("", "", DecisionKind.PLAIN.name(), "", List.of(), "", List.of(), "");
    }

    private static DecisionRow roomy(DecisionRow d) {
        List<OwnerRow> owners = new ArrayList<>(d.owners());
        while (owners.size() < Math.max(OWNER_ROWS, d.owners().size() + 1)) {
            owners.add(new OwnerRow("", ""));
        }
        List<MemberRow> committee = new ArrayList<>(d.committee());
        while (committee.size() < Math.max(MEMBER_ROWS, d.committee().size() + 1)) {
            committee.add(new MemberRow("", "", CommitteeRole.MEMBER.name()));
        }
        return new DecisionRow(d.text(), d.due(), d.kind(), d.reg(), owners, d.committeeName(), committee, d.coopt());
    }

    /**
     * The content the form states. A problem the form alone can see (a date that is no date, an
     * owner not offered, a character the papers cannot print) is added to {@code errors} with the
     * service's field names, so the form comes back as typed with the message beside the field.
     */
    MinutesContent content(FormErrors errors, Map<String, OwnerChoice> choices, Map<Long, String> postTitles) {
        return content(errors, choices, postTitles, FormDates::read);
    }

    /** As {@link #content(FormErrors, Map, Map)}, reading due days with {@code days} (the API takes only yyyy-mm-dd). */
    MinutesContent content(FormErrors errors, Map<String, OwnerChoice> choices, Map<Long, String> postTitles,
                           Function<String, LocalDate> days) {
        Style parsedStyle = Arrays.stream(Style.values()).filter(s -> s.name().equals(style)).findFirst().orElse(null);
        if (parsedStyle == null) {
            errors.add("style", "minutes.error.style");
            parsedStyle = Style.DECISION_TABLE;
        }
        // checked in the page's order, so that the summary above the form lists the problems as the form shows them
        String correctionBn = printable(errors, "correctionNote", correctionNote);
        String titleBn = printable(errors, "title", title);
        String subjectBn = printable(errors, "subject", subject);
        String chairNameBn = printable(errors, "chairName", chairName);
        String chairDesignationBn = printable(errors, "chairDesignation", chairDesignation);
        List<String> paragraphs = Arrays.stream(opening.split("\\R\\s*\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        paragraphs.forEach(paragraph -> printable(errors, "opening", paragraph));
        String itemsIntroBn = printable(errors, "itemsIntro", itemsIntro);
        List<Item> parsed = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ItemRow row = items.get(i);
            String itemAt = "item_" + i;
            String itemSubject = printable(errors, itemAt + "_subject", row.subject());
            String itemTarget = printable(errors, itemAt + "_target", row.target());
            String itemDiscussion = printable(errors, itemAt + "_discussion", row.discussion());
            List<DecisionEntry> decisions = new ArrayList<>();
            for (int d = 0; d < row.decisions().size(); d++) {
                DecisionRow r = row.decisions().get(d);
                String at = itemAt + "_d_" + d;
                printable(errors, at + "_text", r.text());
                LocalDate due = null;
                if (!r.due().isBlank()) {
                    due = days.apply(r.due());
                    if (due == null) {
                        errors.add(at + "_due", "minutes.error.due");
                    }
                }
                List<Owner> owners = new ArrayList<>();
                for (OwnerRow o : r.owners()) {
                    OwnerChoice choice = choices.get(o.key());
                    if (choice == null) {
                        errors.add(at + "_owners", "minutes.error.ownerUnknown");
                    } else {
                        printable(errors, at + "_owners", o.label());
                        String label = o.label().isBlank() ? choice.labelBn() : o.label().strip();
                        owners.add(Owner.fromKey(o.key(), label).orElseThrow());
                    }
                }
                DecisionKind kind = Arrays.stream(DecisionKind.values()).filter(k -> k.name().equals(r.kind())).findFirst()
                        .orElse(DecisionKind.PLAIN);
                List<SubCommittees.Member> committee = new ArrayList<>();
                for (MemberRow m : r.committee()) {
                    Long post = parseId(m.post());
                    printable(errors, at + "_committee", m.label());
                    String label = m.label().isBlank() && post != null ? postTitles.getOrDefault(post, "") : m.label().strip();
                    CommitteeRole role = Arrays.stream(CommitteeRole.values()).filter(x -> x.name().equals(m.role())).findFirst()
                            .orElse(CommitteeRole.MEMBER);
                    if (label.isBlank()) {
                        errors.add(at + "_committee", "minutes.error.committeeLabel");
                    } else {
                        committee.add(new SubCommittees.Member(post, label, role));
                    }
                }
                decisions.add(new DecisionEntry(r.text().strip(), due, owners, kind, printable(errors, at + "_committeeName", r.committeeName()),
                        kind == DecisionKind.SUB_COMMITTEE ? committee : List.of(), kind == DecisionKind.COOPT ? parseId(r.coopt()) : null,
                        parseId(r.reg())));
            }
            ItemKind kind = Arrays.stream(ItemKind.values()).filter(k -> k.name().equals(row.kind())).findFirst().orElse(ItemKind.AGENDA);
            parsed.add(new Item(kind, itemSubject, itemTarget, itemDiscussion, decisions));
        }
        return new MinutesContent(parsedStyle, titleBn, subjectBn, paragraphs, itemsIntroBn, parsed, printable(errors, "closing", closing),
                chairNameBn, chairDesignationBn, correctionBn);
    }

    /**
     * {@link Inputs#clean}'s text without its refusal: a character the papers cannot print (an emoji) is the
     * field's error, so the writer gets the form back with everything typed instead of an error page.
     */
    static String printable(FormErrors errors, String field, String value) {
        return Inputs.text(errors, field, value, Integer.MAX_VALUE);
    }

    /**
     * Rows for a text box as tall as its text (about 100 characters a line at the editor's width, at
     * least {@code min}): where {@code field-sizing: content} is not supported, the text still shows whole.
     */
    public static int rows(String text, int min) {
        if (text == null || text.isEmpty()) {
            return min;
        }
        int lines = 0;
        for (String line : text.split("\\R", -1)) {
            lines += 1 + line.length() / 100;
        }
        return Math.max(min, Math.min(lines, 40));
    }

    private static Long parseId(String text) {
        long id = MeetingForm.parseLong(text);
        return id > 0 ? id : null;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
