package bd.udbhabon.decision;

import bd.udbhabon.office.OfficeLevel;
import java.util.Objects;

/**
 * An implementing authority (বাস্তবায়নকারী কর্তৃপক্ষ) as the minutes name it: an office, a post, or
 * every office of a level under an office ("জেলা প্রশাসক (সকল), রাজশাহী বিভাগ"), with the words printed.
 */
public record Owner(Long officeId, Long postId, OfficeLevel level, String labelBn) {

    public Owner {
        Objects.requireNonNull(labelBn, "label");
        if (postId != null ? officeId != null || level != null : officeId == null) {
            throw new IllegalArgumentException("an owner is an office, a post, or the offices of a level under an office");
        }
    }

    /** Who, without the words: "office:5", "post:12", "level:DISTRICT:5" (what forms send back). */
    public String key() {
        return postId != null ? "post:" + postId : level != null ? "level:" + level.name() + ":" + officeId : "office:" + officeId;
    }

    public static Owner office(long officeId, String labelBn) {
        return new Owner(officeId, null, null, labelBn);
    }

    public static Owner post(long postId, String labelBn) {
        return new Owner(null, postId, null, labelBn);
    }

    public static Owner everyOffice(OfficeLevel level, long under, String labelBn) {
        return new Owner(under, null, level, labelBn);
    }
}
