package bd.udbhabon.document;

import bd.udbhabon.bangla.MemoNumber;
import bd.udbhabon.bangla.SerialStyle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Minutes of a meeting (সভার কার্যবিবরণী) in the three styles of the seeds:
 * <ul>
 *   <li>{@link Style#PARAGRAPHS} (seed 002): numbered paragraphs "০২।", each agenda item's
 *       discussion followed by its decisions "(ক)", "(খ)";</li>
 *   <li>{@link Style#DECISION_TABLE} (seed 003): a table "ক্রঃ | আলোচনার বিষয় | আলোচনা | সিদ্ধান্ত |
 *       বাস্তবায়নকারী কর্তৃপক্ষ" with a row of column numbers under the header;</li>
 *   <li>{@link Style#ACTIVITY_TABLE} (seed 004): "কার্যক্রম | লক্ষ্যমাত্রা | আলোচনা | সিদ্ধান্ত", one
 *       row per activity of the action plan.</li>
 * </ul>
 * Around them: the meeting details (chair, date, time, place, attendance) as label and value, the
 * opening, the closing sentence, the chair's signature, then the memo line, the distribution list
 * "(জ্যেষ্ঠতার ক্রমানুসারে নয়)", copies and the issuing officer's signature; the attendance sheet as
 * annex "পরিশিষ্ট-ক".
 */
public record Minutes(Style style, Letterhead letterhead, String title, String subject, List<Detail> details,
                      List<String> opening, String itemsIntro, List<Item> items, String closing, Signature chair,
                      MemoNumber memo, LocalDate issued, List<String> distribution, List<String> copies,
                      Signature issuer, AttendanceSheet attendance) {

    public enum Style { PARAGRAPHS, DECISION_TABLE, ACTIVITY_TABLE }

    public static final List<String> DECISION_HEADER =
            List.of("ক্রঃ", "আলোচনার বিষয়", "আলোচনা", "সিদ্ধান্ত", "বাস্তবায়নকারী কর্তৃপক্ষ");
    public static final List<String> ACTIVITY_HEADER = List.of("কার্যক্রম", "লক্ষ্যমাত্রা", "আলোচনা", "সিদ্ধান্ত");
    public static final String DEFAULT_CLOSING =
            "পরিশেষে সভায় আর কোন আলোচ্য বিষয় না থাকায় সকলকে ধন্যবাদ জানিয়ে সভার সমাপ্তি ঘোষণা করা হয়।";

    /** A line of the meeting details: "সভাপতি" and the chair's name, "স্থান" and the room. */
    public record Detail(String label, String value) {
        public Detail {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * One agenda item: its subject (or, in the activity style, the activity of the action plan), the
     * target (activity style only), the discussion, one or more decisions and who implements them.
     */
    public record Item(String subject, String target, String discussion, List<Decision> decisions,
                       List<String> implementers) {
        public Item {
            decisions = List.copyOf(decisions);
            implementers = implementers == null ? List.of() : List.copyOf(implementers);
        }
    }

    /**
     * A decision, with details printed under it, such as the members of a sub-committee it forms
     * ("১ যুগ্মসচিব (প্রশাসন) - আহবায়ক", seed 004).
     */
    public record Decision(String text, List<String> details) {
        public Decision {
            Objects.requireNonNull(text, "decision");
            details = details == null ? List.of() : List.copyOf(details);
        }

        public Decision(String text) {
            this(text, List.of());
        }
    }

    public Minutes {
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(letterhead, "letterhead");
        if (title == null && subject == null) {
            throw new IllegalArgumentException("minutes need a title or a subject");
        }
        Objects.requireNonNull(chair, "the chair's signature");
        details = List.copyOf(details);
        opening = List.copyOf(opening);
        items = List.copyOf(items);
        distribution = distribution == null ? List.of() : List.copyOf(distribution);
        copies = copies == null ? List.of() : List.copyOf(copies);
        closing = closing == null ? DEFAULT_CLOSING : closing;
        if (memo == null && (!distribution.isEmpty() || !copies.isEmpty())) {
            throw new IllegalArgumentException("minutes sent to anyone carry a memo number");
        }
    }

    public Document document() {
        Document.Builder doc = Document.builder().letterhead(letterhead).title(title).subject(subject);
        if (!details.isEmpty()) {
            doc.table(Table.unruled(new float[] {1.2f, 0.2f, 4}, details.stream()
                    .map(d -> List.of(d.label(), ":", d.value())).toList()));
        }
        // paragraphs are numbered from the second on, "০২।", as in the seeds
        int paragraph = 1;
        for (String text : opening) {
            numberedParagraph(doc, paragraph++, text);
        }
        switch (style) {
            case PARAGRAPHS -> {
                if (itemsIntro != null) {
                    numberedParagraph(doc, paragraph++, itemsIntro);
                }
                for (Item item : items) {
                    String text = item.subject() == null ? item.discussion() : item.subject() + ": " + item.discussion();
                    numberedParagraph(doc, paragraph++, text);
                    for (int d = 0; d < item.decisions().size(); d++) {
                        Decision decision = item.decisions().get(d);
                        doc.block(new NumberedList(SerialStyle.LETTER_DOUBLE_PAREN, d + 1, List.of(decision.text())));
                        if (!decision.details().isEmpty()) {
                            doc.numbered(SerialStyle.DOT, decision.details());
                        }
                    }
                    if (!item.implementers().isEmpty()) {
                        doc.paragraph(implementersLine(item.implementers()));
                    }
                }
            }
            case DECISION_TABLE, ACTIVITY_TABLE -> {
                if (itemsIntro != null) {
                    numberedParagraph(doc, paragraph++, itemsIntro);
                }
                doc.table(style == Style.DECISION_TABLE ? decisionTable() : activityTable());
            }
        }
        numberedParagraph(doc, paragraph, closing);
        doc.signature(chair);
        if (memo != null) {
            doc.memo(memo, issued).memoAfterSignature();
        }
        if (!distribution.isEmpty()) {
            doc.distribution(true, distribution);
        }
        if (!copies.isEmpty()) {
            doc.copies(issued, copies);
        }
        if (issuer != null) {
            doc.issuer(issuer);
        }
        if (attendance != null) {
            doc.annex(attendance.annex());
        }
        return doc.build();
    }

    private static void numberedParagraph(Document.Builder doc, int n, String text) {
        doc.paragraph(n == 1 ? text : SerialStyle.PADDED_DANDA.format(n) + " " + text);
    }

    private Table decisionTable() {
        List<Table.Row> rows = new ArrayList<>();
        rows.add(Table.Row.of(DECISION_HEADER));
        rows.add(columnNumbers(DECISION_HEADER.size()));
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            rows.add(Table.Row.of(new Table.Cell(SerialStyle.DOT.format(i + 1)), new Table.Cell(item.subject()),
                    new Table.Cell(item.discussion()), decisions(item.decisions(), List.of()), numbered(item.implementers())));
        }
        return new Table(List.of(0.6f, 1.6f, 3.4f, 2.4f, 1.6f), 2, rows);
    }

    private Table activityTable() {
        List<Table.Row> rows = new ArrayList<>();
        rows.add(Table.Row.of(ACTIVITY_HEADER));
        rows.add(columnNumbers(ACTIVITY_HEADER.size()));
        for (Item item : items) {
            rows.add(Table.Row.of(new Table.Cell(item.subject()), new Table.Cell(item.target() == null ? "" : item.target()),
                    new Table.Cell(item.discussion()), decisions(item.decisions(), item.implementers())));
        }
        return new Table(List.of(2.6f, 1.6f, 3.2f, 2.6f), 2, rows);
    }

    private static Table.Row columnNumbers(int columns) {
        List<String> numbers = new ArrayList<>();
        for (int c = 1; c <= columns; c++) {
            numbers.add(bd.udbhabon.bangla.BanglaDigits.toBangla(c));
        }
        return Table.Row.of(numbers);
    }

    /**
     * Where a style has no column for them (paragraphs, seed 004's activity table), the implementing
     * authorities follow the decisions on a line of their own, not numbered as if a decision.
     */
    private static String implementersLine(List<String> implementers) {
        return "বাস্তবায়নকারী কর্তৃপক্ষ: " + String.join("; ", implementers);
    }

    /**
     * The decisions of an item in one cell, numbered when there are several, each followed by its
     * details, then the implementing authorities when the table has no column for them.
     */
    private static Table.Cell decisions(List<Decision> decisions, List<String> implementers) {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < decisions.size(); i++) {
            Decision decision = decisions.get(i);
            paragraphs.add(decisions.size() > 1 ? SerialStyle.DANDA.format(i + 1) + " " + decision.text() : decision.text());
            for (int k = 0; k < decision.details().size(); k++) {
                paragraphs.add(SerialStyle.DOT.format(k + 1) + " " + decision.details().get(k));
            }
        }
        if (!implementers.isEmpty()) {
            paragraphs.add(implementersLine(implementers));
        }
        return new Table.Cell(paragraphs, 1, 1);
    }

    /** One entry as it is; several as "১। …", "২। …", one paragraph each (seed 003). */
    private static Table.Cell numbered(List<String> entries) {
        if (entries.size() < 2) {
            return new Table.Cell(entries.isEmpty() ? "" : entries.getFirst());
        }
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            paragraphs.add(SerialStyle.DANDA.format(i + 1) + " " + entries.get(i));
        }
        return new Table.Cell(paragraphs, 1, 1);
    }
}
