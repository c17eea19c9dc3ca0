package bd.udbhabon.document;

import bd.udbhabon.bangla.MemoNumber;
import bd.udbhabon.bangla.SerialStyle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The office order (অফিস আদেশ) that forms or changes an innovation team, laid out as seed 001: the
 * preamble citing the notification, the member table ("ক্র:নং", members "জ্যেষ্ঠতার ক্রমানুসারে নয়",
 * their role on the team), the duties (কার্যপরিধি) numbered "(১)", an optional closing sentence, the
 * signature and the copy list under the endorsement memo number ("…/১(৭)"). An order dissolving a
 * team names neither members nor duties.
 */
public record OfficeOrder(Letterhead letterhead, MemoNumber memo, LocalDate date, String preamble,
                          List<Member> members, List<String> duties, String closing, Signature signatory,
                          List<String> copies) {

    public static final String TITLE = "অফিস আদেশ";
    public static final List<String> MEMBER_HEADER =
            List.of("ক্র:নং", "কমিটির সদস্য (জ্যেষ্ঠতার ক্রমানুসারে নয়)", "পদ");
    public static final String DUTIES_HEADING = "ইনোভেশন টিমের কার্যপরিধি:";

    /** A member: the post or person as the order names them, and their role on the team. */
    public record Member(String member, String role) {
        public Member {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(role, "role");
        }
    }

    public OfficeOrder {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(memo, "memo number");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(preamble, "preamble");
        Objects.requireNonNull(signatory, "signatory");
        members = List.copyOf(members);
        duties = List.copyOf(duties);
        copies = List.copyOf(copies);
        if (members.isEmpty() && !duties.isEmpty()) {
            throw new IllegalArgumentException("an office order forming a team names its members");
        }
    }

    public Document document() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(MEMBER_HEADER);
        for (int i = 0; i < members.size(); i++) {
            rows.add(List.of(SerialStyle.PADDED_DOT.format(i + 1), members.get(i).member(), members.get(i).role()));
        }
        Document.Builder doc = Document.builder()
                .letterhead(letterhead)
                .memo(memo, date)
                .title(TITLE)
                .paragraph(preamble);
        if (!members.isEmpty()) { // an order dissolving a team has none
            doc.table(Table.of(new float[] {1.1f, 6, 2.6f}, rows));
        }
        if (!duties.isEmpty()) {
            doc.heading(DUTIES_HEADING).numbered(SerialStyle.PAREN, duties);
        }
        if (closing != null) {
            doc.paragraph(closing);
        }
        doc.signature(signatory);
        if (!copies.isEmpty()) {
            doc.copies(date, copies);
        }
        return doc.build();
    }
}
