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

    /** The owner a {@link #key()} names, with the words to print; empty when the key is malformed. */
    public static java.util.Optional<Owner> fromKey(String key, String labelBn) {
        if (key == null || labelBn == null || labelBn.isBlank()) {
            return java.util.Optional.empty();
        }
        String[] parts = key.split(":");
        try {
            return java.util.Optional.ofNullable(switch (parts[0]) {
                case "office" -> parts.length == 2 ? office(Long.parseLong(parts[1]), labelBn) : null;
                case "post" -> parts.length == 2 ? post(Long.parseLong(parts[1]), labelBn) : null;
                case "level" -> parts.length == 3 ? everyOffice(OfficeLevel.valueOf(parts[1]), Long.parseLong(parts[2]), labelBn) : null;
                default -> null;
            });
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
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
