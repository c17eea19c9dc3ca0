package bd.udbhabon.shell;

import bd.udbhabon.bangla.Bilingual;
import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.DualDate;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page template needs of the request: its language, its texts and the numbers written
 * in its digits. Handed to each template as the model attribute {@code ui}.
 */
public final class Ui {

    public static final Locale BANGLA = Locale.of("bn");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final Locale locale;
    private final MessageSource messages;
    private final String pathAndQuery;
    private final String username;
    private final java.util.function.Supplier<String> csrfToken;
    private final String flashKey;
    private final java.util.function.Supplier<Long> unread;
    private final UnaryOperator<String> assets;
    private Long unreadCount;

    /** The flash attribute under which a redirect leaves the key of a message for the next page ("saved"). */
    public static final String FLASH = "udbhabon.flash";

    public Ui(Locale locale, MessageSource messages, String pathAndQuery) {
        this(locale, messages, pathAndQuery, null, () -> null);
    }

    /** @param csrfToken asked only by pages with forms: asking creates the session that holds it */
    public Ui(Locale locale, MessageSource messages, String pathAndQuery, String username,
              java.util.function.Supplier<String> csrfToken) {
        this(locale, messages, pathAndQuery, username, csrfToken, null);
    }

    /** @param flashKey the key of the message a redirect left for this page, or null */
    public Ui(Locale locale, MessageSource messages, String pathAndQuery, String username,
              java.util.function.Supplier<String> csrfToken, String flashKey) {
        this(locale, messages, pathAndQuery, username, csrfToken, flashKey, () -> 0L);
    }

    /** @param unread the signed-in user's unread notifications, asked only when the header shows them */
    public Ui(Locale locale, MessageSource messages, String pathAndQuery, String username,
              java.util.function.Supplier<String> csrfToken, String flashKey, java.util.function.Supplier<Long> unread) {
        this(locale, messages, pathAndQuery, username, csrfToken, flashKey, unread, UnaryOperator.identity());
    }

    /** @param assets a static file's path ("/css/udbhabon.css") to the URL pages link it by, versioned by its content */
    public Ui(Locale locale, MessageSource messages, String pathAndQuery, String username,
              java.util.function.Supplier<String> csrfToken, String flashKey, java.util.function.Supplier<Long> unread,
              UnaryOperator<String> assets) {
        this.assets = assets;
        this.unread = unread;
        this.flashKey = flashKey;
        this.locale = isBangla(locale) ? BANGLA : ENGLISH;
        this.messages = messages;
        this.pathAndQuery = pathAndQuery;
        this.username = username;
        this.csrfToken = csrfToken;
    }

    /** The signed-in user's name, or null. */
    public String username() {
        return username;
    }

    /** The message the last save left for this page ("সংরক্ষণ করা হয়েছে।"), or null. */
    public String flash() {
        return flashKey == null ? null : t(flashKey);
    }

    /** The signed-in user's unread notifications (the header's count); 0 for no one. */
    public long unreadNotifications() {
        if (unreadCount == null) {
            unreadCount = signedIn() ? unread.get() : 0L;
        }
        return unreadCount;
    }

    public boolean signedIn() {
        return username != null;
    }

    /** The token every form that changes something must send back (field {@code _csrf}). */
    public String csrfToken() {
        String token = csrfToken.get();
        return token == null ? "" : token;
    }

    public static boolean isBangla(Locale locale) {
        return Bilingual.isBangla(locale);
    }

    public boolean bangla() {
        return locale == BANGLA;
    }

    public String lang() {
        return locale.getLanguage();
    }

    public Locale locale() {
        return locale;
    }

    /** The text for a key in this page's language, with {0}-style arguments. */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /**
     * A count in words: the key's {@code .one} text for 1, its {@code .other} text otherwise ("1 open decision",
     * "2 open decisions"), with the count in this page's digits as {0} and {@code more} as {1}…. Bangla gives
     * both keys the same words.
     */
    public String plural(String key, long count, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = num(count);
        System.arraycopy(more, 0, args, 1, more.length);
        return t(key + (count == 1 ? ".one" : ".other"), args);
    }

    /** The text for a key, or {@code fallback} when there is none. */
    public String tOr(String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale);
    }

    /** A moment as officers read it: Dhaka time, day first, in this page's digits. */
    public String dateTime(java.time.Instant instant) {
        return instant == null ? "" : digits(DATE_TIME.format(instant));
    }

    private static final java.time.format.DateTimeFormatter DATE_TIME =
            java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(bd.udbhabon.bangla.Dhaka.ZONE);

    private static final java.time.format.DateTimeFormatter ENGLISH_DATE =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final java.time.format.DateTimeFormatter ENGLISH_LONG_DATE =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** A day as a page shows it: "১৫ জানুয়ারি ২০২৬" on a Bangla page, "15 Jan 2026" on an English one (never ISO); empty for none. */
    public String date(java.time.LocalDate day) {
        return day == null ? "" : bangla() ? DualDate.gregorianDate(day) : ENGLISH_DATE.format(day);
    }

    /** {@link #date}, or {@code none} (say "—") when there is no day. */
    public String date(java.time.LocalDate day, String none) {
        return day == null ? none : date(day);
    }

    /** A day with the Bangla calendar's beside it on a Bangla page ("১ মাঘ ১৪৩২ বঙ্গাব্দ / ১৫ জানুয়ারি ২০২৬ খ্রিষ্টাব্দ"), "15 January 2026" on an English one. */
    public String dualDate(java.time.LocalDate day) {
        return day == null ? "" : bangla() ? DualDate.banglaLine(day) + " / " + DualDate.gregorianLine(day) : ENGLISH_LONG_DATE.format(day);
    }

    /** A day in words: "১৫ জানুয়ারি ২০২৬" on a Bangla page, "15 January 2026" on an English one; empty for none. */
    public String longDate(java.time.LocalDate day) {
        return day == null ? "" : bangla() ? DualDate.gregorianDate(day) : ENGLISH_LONG_DATE.format(day);
    }

    /** A link of a page's breadcrumbs ({@code crumbs.jte}). */
    public record Link(String href, String label) {
    }

    public Link link(String href, String label) {
        return new Link(href, label);
    }

    /** A whole number in this page's digits. */
    public String num(long n) {
        return digits(Long.toString(n));
    }

    /** Any text with its digits in this page's digit system. */
    public String digits(String text) {
        return bangla() ? BanglaDigits.toBangla(text) : BanglaDigits.toLatin(text);
    }

    /** A value made safe to put in a URL's query. */
    public String encode(String value) {
        return java.net.URLEncoder.encode(value == null ? "" : value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The URL a page links a static file by ({@code /css/udbhabon-<md5>.css}): its name carries a hash of its
     * content, so the browser keeps it for a year and a changed file gets a new URL.
     */
    public String asset(String path) {
        return assets.apply(path);
    }

    /** The current page in the other language. */
    public String otherLanguageUrl() {
        return UriComponentsBuilder.fromUriString(pathAndQuery)
                .replaceQueryParam("lang", bangla() ? "en" : "bn")
                .build()
                .toUriString();
    }
}
