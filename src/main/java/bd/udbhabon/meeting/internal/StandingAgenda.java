package bd.udbhabon.meeting.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether an agenda item typed on the meeting form repeats one of the standing items every minutes
 * after the first open with (issue 19, point 8): confirming the last minutes and the last meeting's
 * decisions' implementation. Those are computed ({@link StandingItems}); typed again, they would be
 * printed twice. Plain logic, unit-tested without Spring.
 */
final class StandingAgenda {

    /** "গত", "বিগত", "পূর্ববর্তী", "পূর্বের", "আগের" as words; "অবগত" is no "গত". */
    private static final Pattern PREVIOUS = nfc(
            "(^|[\\s(,:;।\\-])(বিগত|গত|পূর্ববর্তী|পূর্ববর্তি|পুর্ববর্তী|পূর্বের|আগের|previous|last|preceding|earlier)(?=$|[\\s,:;।])");
    private static final Pattern MINUTES = nfc("কার্যবিবরণী|কার্যবিবরণি|কার্য বিবরণী|minutes");
    private static final Pattern DECISIONS = nfc("সিদ্ধান্ত|decision");
    private static final Pattern IMPLEMENTED = nfc("বাস্তবায়ন|অগ্রগতি|পর্যালোচনা|implement|progress|follow");

    private StandingAgenda() {
    }

    /** The standing item's subject the title repeats, if it repeats one. */
    static Optional<String> repeated(String title) {
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        String t = Normalizer.normalize(title, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        if (!PREVIOUS.matcher(t).find()) {
            return Optional.empty();
        }
        if (MINUTES.matcher(t).find()) {
            return Optional.of(StandingItems.CONFIRMATION_SUBJECT);
        }
        if (DECISIONS.matcher(t).find() && IMPLEMENTED.matcher(t).find()) {
            return Optional.of(StandingItems.RATE_SUBJECT);
        }
        return Optional.empty();
    }

    /** Bangla letters with a nukta (য়, ড়) have two spellings in Unicode; titles and patterns meet in NFC. */
    private static Pattern nfc(String regex) {
        return Pattern.compile(Normalizer.normalize(regex, Normalizer.Form.NFC));
    }
}
