package bd.udbhabon.document;

import bd.udbhabon.bangla.BanglaDigits;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The attendance sheet (উপস্থিতি), the minutes' annex "পরিশিষ্ট-ক" (seed 004): a line naming the
 * meeting, then a ruled table "ক্রমিক নং | নাম ও পদবি | স্বাক্ষর" with the name and the designation
 * on two lines, which leaves room to sign, and blank rows for guests who were not invited by name.
 */
public record AttendanceSheet(String annexTitle, String office, String meeting, List<Attendee> attendees, int blankRows) {

    public static final String DEFAULT_TITLE = "পরিশিষ্ট-ক";
    public static final List<String> HEADER = List.of("ক্রমিক নং", "নাম ও পদবি", "স্বাক্ষর");

    public record Attendee(String name, String designation) {
        public Attendee {
            Objects.requireNonNull(name, "name");
        }
    }

    public AttendanceSheet {
        annexTitle = annexTitle == null ? DEFAULT_TITLE : annexTitle;
        Objects.requireNonNull(meeting, "meeting");
        attendees = List.copyOf(attendees);
        if (blankRows < 0) {
            throw new IllegalArgumentException("blank rows: " + blankRows);
        }
    }

    public Annex annex() {
        List<Block> blocks = new ArrayList<>();
        if (office != null) {
            blocks.add(new Heading(office, Align.CENTER));
        }
        blocks.add(new Paragraph(meeting, Align.CENTER));
        List<Table.Row> rows = new ArrayList<>();
        rows.add(Table.Row.of(HEADER));
        int serial = 1;
        for (Attendee a : attendees) {
            List<String> nameLines = a.designation() == null ? List.of(a.name()) : List.of(a.name(), a.designation());
            rows.add(Table.Row.of(new Table.Cell(BanglaDigits.toBangla(serial++)),
                    new Table.Cell(nameLines, 1, 1), new Table.Cell("")));
        }
        for (int i = 0; i < blankRows; i++) {
            rows.add(Table.Row.of(new Table.Cell(BanglaDigits.toBangla(serial++)),
                    new Table.Cell(List.of("", ""), 1, 1), new Table.Cell("")));
        }
        blocks.add(new Table(List.of(1f, 6f, 2.6f), 1, rows));
        return new Annex(annexTitle, blocks);
    }

    /** The sheet as a paper of its own, to print and take to the meeting. */
    public Document document(Letterhead letterhead) {
        Annex annex = annex();
        Document.Builder doc = Document.builder().letterhead(letterhead).title("উপস্থিতি");
        annex.blocks().forEach(doc::block);
        return doc.build();
    }
}
