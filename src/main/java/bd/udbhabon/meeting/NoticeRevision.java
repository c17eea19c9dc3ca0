package bd.udbhabon.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * A revised notice (সংশোধিত নোটিশ) of a meeting moved after its notice was issued: its own memo number,
 * the earlier notice it revises, and the changes it announces, as printed ("সভার তারিখ: … -এর পরিবর্তে …").
 *
 * @param position 1 for the first revision of the meeting's notice
 */
public record NoticeRevision(long id, long meetingId, int position, String memoNumber, LocalDate issuedOn, String revisesMemo,
                             LocalDate revisesOn, List<String> changesBn) {

    public NoticeRevision {
        changesBn = List.copyOf(changesBn);
    }
}
