package bd.udbhabon.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * One version of a meeting's minutes: its content and where it stands. Version 1 is the minutes as
 * first issued; a later version corrects the one it {@code supersedes}.
 *
 * @param rateTextBn standing item 2 as printed on the day of issue (null before)
 */
public record MinutesVersion(long id, long meetingId, long officeId, int version, Long supersedesId, MinutesStatus status,
                             MinutesContent content, LocalDate circulatedOn, LocalDate approvedOn, String memoNumber,
                             LocalDate issuedOn, String signatoryNameBn, String signatoryDesignationBn,
                             List<String> distribution, List<String> copies, String rateTextBn, LocalDate publishedOn,
                             LocalDate sentToCabinetOn) {

    public MinutesVersion {
        distribution = List.copyOf(distribution);
        copies = List.copyOf(copies);
    }

    public boolean editable() {
        return status != MinutesStatus.ISSUED;
    }

    public boolean correction() {
        return supersedesId != null;
    }
}
