package bd.udbhabon.initiative.internal;

import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.BanglaText;
import bd.udbhabon.initiative.InitiativeKind;
import bd.udbhabon.initiative.Stage;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.shell.FormErrors;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The national search's question (issue 15, point 4), read from what was typed, pure: the words (Bangla or
 * English, part of a word will do: at least {@link #MIN_TEXT} characters, so the trigram index answers), the
 * kind, the level of the office, its district (an office id, checked against the registry by the caller), the
 * stage, a least saving a year (days, taka or visits), the page; and whether it asks for initiatives or the
 * services registers. Anything unreadable is a field error named after the filter, never a guess.
 *
 * @param text lower-cased, NFC, or null for none
 * @param atLeast the least saving a year when {@code saving} is set (0: any saving at all)
 */
public record SearchQuery(Target target, String text, InitiativeKind kind, OfficeLevel level, Long districtId, Stage stage,
                          Saving saving, BigDecimal atLeast, ServiceKind serviceKind, boolean runningOnly, int page) {

    public static final int MIN_TEXT = 3;
    public static final int MAX_TEXT = 100;
    public static final int PAGE_SIZE = 20;
    /** More than this many are counted as "more than 1,000": counting all 240,000 would be the slow part. */
    public static final int COUNT_LIMIT = 1000;
    private static final int MAX_PAGE = COUNT_LIMIT / PAGE_SIZE;

    /** What is searched: the initiatives, or the offices' registers of innovated, simplified and digitised services. */
    public enum Target { INITIATIVES, SERVICES }

    /** The saving a year that a least figure is asked of (the TCV's time in days, cost in taka, visits). */
    public enum Saving { TIME, COST, VISITS }

    /** A registered service's kind (office_service.kind). */
    public enum ServiceKind { INNOVATED, SIMPLIFIED, DIGITISED }

    /**
     * The filters as typed, every one a text (a query string's or an API call's), blank for none: bound by
     * Spring from {@code ?q=&kind=&level=&district=&stage=&saving=&atLeast=&serviceKind=&running=&page=&in=}.
     */
    public record Filters(String q, String kind, String level, String district, String stage, String saving, String atLeast,
                          String serviceKind, String running, String page, String in) {

        public static Filters none() {
            return new Filters(null, null, null, null, null, null, null, null, null, null, null);
        }

        /** Nothing asked: no words and no filter (the page then says what to do instead of listing the country). */
        public boolean empty() {
            return blank(q) && blank(kind) && blank(level) && blank(district) && blank(stage) && blank(saving) && blank(atLeast)
                    && blank(serviceKind) && blank(running);
        }
    }

    /** The question, or null with every unreadable filter in {@code errors}. */
    public static SearchQuery parse(Filters f, FormErrors errors) {
        Target target = choice(Target.class, f.in(), "in", errors);
        String text = text(f.q(), errors);
        InitiativeKind kind = choice(InitiativeKind.class, f.kind(), "kind", errors);
        OfficeLevel level = choice(OfficeLevel.class, f.level(), "level", errors);
        Long district = id(f.district(), errors);
        Stage stage = choice(Stage.class, f.stage(), "stage", errors);
        Saving saving = choice(Saving.class, f.saving(), "saving", errors);
        BigDecimal atLeast = amount(f.atLeast(), errors);
        if (atLeast != null && saving == null && !errors.has("saving")) {
            errors.add("saving", "initiative.search.error.savingOf");
        }
        ServiceKind serviceKind = choice(ServiceKind.class, f.serviceKind(), "serviceKind", errors);
        boolean running = !blank(f.running());
        if (running && !f.running().strip().equalsIgnoreCase("yes") && !f.running().strip().equals("1")
                && !f.running().strip().equalsIgnoreCase("true")) {
            errors.add("running", "initiative.search.error.choice", f.running().strip());
        }
        int page = page(f.page(), errors);
        if (errors.any()) {
            return null;
        }
        return new SearchQuery(target == null ? Target.INITIATIVES : target, text, kind, level, district, stage, saving,
                saving == null ? null : atLeast == null ? BigDecimal.ZERO : atLeast, serviceKind, running, page);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(String typed, FormErrors errors) {
        if (blank(typed)) {
            return null;
        }
        String text = BanglaText.normalize(typed.strip()).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        int length = text.codePointCount(0, text.length());
        if (length > MAX_TEXT) {
            errors.add("q", "initiative.search.error.tooLong", MAX_TEXT, length);
        } else if (length < MIN_TEXT) {
            errors.add("q", "initiative.search.error.tooShort", MIN_TEXT);
        }
        return text;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String typed, String field, FormErrors errors) {
        if (blank(typed)) {
            return null;
        }
        try {
            return Enum.valueOf(type, typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(field, "initiative.search.error.choice", typed.strip());
            return null;
        }
    }

    private static Long id(String typed, FormErrors errors) {
        if (blank(typed)) {
            return null;
        }
        try {
            long id = Long.parseLong(BanglaDigits.toLatin(typed.strip()));
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        errors.add("district", "initiative.search.error.district", typed.strip());
        return null;
    }

    /** A least saving: a number in either script, a thousands comma allowed, not negative. */
    private static BigDecimal amount(String typed, FormErrors errors) {
        if (blank(typed)) {
            return null;
        }
        String latin = BanglaDigits.toLatin(typed.strip()).replace(",", "");
        try {
            BigDecimal amount = new BigDecimal(latin);
            if (amount.signum() >= 0 && amount.compareTo(new BigDecimal("1e15")) < 0) {
                return amount;
            }
            errors.add("atLeast", "initiative.search.error.negative");
            return null;
        } catch (NumberFormatException e) {
            errors.add("atLeast", "initiative.search.error.number", typed.strip());
            return null;
        }
    }

    private static int page(String typed, FormErrors errors) {
        if (blank(typed)) {
            return 0;
        }
        try {
            int page = Integer.parseInt(BanglaDigits.toLatin(typed.strip()));
            if (page >= 0 && page <= MAX_PAGE) {
                return page;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        errors.add("page", "initiative.search.error.page", typed.strip());
        return 0;
    }
}
