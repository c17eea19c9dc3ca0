package bd.udbhabon.document;

import bd.udbhabon.bangla.Endorsement;
import bd.udbhabon.bangla.MemoNumber;
import bd.udbhabon.bangla.SerialStyle;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The copy list (অনুলিপি) under the endorsement memo number: the letter's memo number with
 * "/১(৭)" appended, endorsement {@code endorsementNumber} in as many copies as there are
 * recipients (seed 001: seven recipients under …১৮.৮৯/১(৭)), an introductory sentence and the
 * recipients numbered "১)", "২)". The letter's signature block follows it again.
 */
public record CopyList(MemoNumber memo, int endorsementNumber, LocalDate date, String intro, List<String> recipients) {

    public static final String DEFAULT_INTRO =
            "অবগতি ও প্রয়োজনীয় (প্রযোজ্য ক্ষেত্রে) ব্যবস্থা গ্রহণের জন্য অনুলিপি প্রেরণ করা হইল:";

    public CopyList {
        Objects.requireNonNull(memo, "memo number");
        Objects.requireNonNull(date, "date");
        intro = Texts.clean(intro == null ? DEFAULT_INTRO : intro, "copy list introduction");
        recipients = Recipients.mendAll(Texts.cleanAll(recipients, "copy recipient"));
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("a copy list names at least one recipient");
        }
        if (memo.serial() == null) {
            throw new IllegalArgumentException("a copy list needs the letter's memo number, not a bare file number");
        }
    }

    /** The memo line with the endorsement, e.g. "নম্বর: …১৮.৮৯/১(৭)". */
    public MemoLine memoLine() {
        return new MemoLine(memo.withEndorsement(new Endorsement(endorsementNumber, recipients.size())), date);
    }

    public NumberedList list() {
        return new NumberedList(SerialStyle.CLOSE_PAREN, recipients);
    }
}
