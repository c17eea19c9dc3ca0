package bd.udbhabon.document;

import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.MemoNumber;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The annual e-governance and innovation action plan as issued (issue 14), laid out as the APA's annex
 * table officers know, on landscape A4: the title ("ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৩-২৪"), the
 * meeting that approved it and the version, then one table: কৌশলগত উদ্দেশ্য with its weight (one cell down
 * its indicators), কার্যক্রম (one cell down its indicators), কর্মসম্পাদন সূচক with its code, একক, the
 * indicator's মান, the five target columns under "লক্ষ্যমাত্রা …" with their percents, প্রমাণক; the total,
 * the signature and the copy list. Every text is given as printed (Bangla digits: the caller's numbers).
 *
 * @param targetsHeading "লক্ষ্যমাত্রা ২০২৩-২৪", over the five target columns
 * @param approval       the meeting and its day as printed: "মাসিক সমন্বয় সভা, ১০ জুলাই ২০২৩"
 * @param reason         why this revision, or null for the first version
 */
public record ActionPlanPaper(Letterhead letterhead, MemoNumber memo, LocalDate date, String title, String targetsHeading,
                              String approval, int version, String reason, List<Objective> objectives, String totalWeight,
                              Signature signatory, List<String> copies) {

    public static final List<String> TARGET_COLUMNS = List.of("অসাধারণ", "অতি উত্তম", "উত্তম", "চলতি মান", "চলতি মানের নিম্নে");
    public static final List<String> TARGET_PERCENTS = List.of("১০০%", "৯০%", "৮০%", "৭০%", "৬০%");
    /** Relative widths: objective, activity, indicator, unit, weight, the five targets, evidence. */
    // the target columns hold a day ("০৬-০৫-২০২৪") on one line; the texts wrap
    private static final float[] WIDTHS = {1.6f, 1.8f, 2.9f, 0.95f, 0.65f, 1.8f, 1.8f, 1.8f, 1.8f, 1.8f, 1.6f};

    /** A strategic objective (কৌশলগত উদ্দেশ্য): its number ("১"), title and weight ("৩০"). */
    public record Objective(String number, String title, String weight, List<Activity> activities) {
        public Objective {
            activities = List.copyOf(activities);
            if (activities.isEmpty()) {
                throw new IllegalArgumentException("objective " + number + " has no activity");
            }
        }

        int rows() {
            return activities.stream().mapToInt(a -> a.indicators().size()).sum();
        }
    }

    /** An activity (কার্যক্রম): its number ("১.১") and title. */
    public record Activity(String number, String title, List<Indicator> indicators) {
        public Activity {
            indicators = List.copyOf(indicators);
            if (indicators.isEmpty()) {
                throw new IllegalArgumentException("activity " + number + " has no indicator");
            }
        }
    }

    /** A performance indicator: code ("[১.১.১]"), text, unit, weight, the five targets (best first, "" blank), evidence. */
    public record Indicator(String code, String text, String unit, String weight, List<String> targets, String evidence) {
        public Indicator {
            targets = List.copyOf(targets);
            if (targets.size() != TARGET_COLUMNS.size()) {
                throw new IllegalArgumentException("five target columns, got " + targets.size());
            }
        }
    }

    public ActionPlanPaper {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(memo, "memo number");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(approval, "approval");
        Objects.requireNonNull(signatory, "signatory");
        objectives = List.copyOf(objectives);
        copies = List.copyOf(copies);
        if (objectives.isEmpty()) {
            throw new IllegalArgumentException("a plan has at least one objective");
        }
    }

    public Document document() {
        Document.Builder doc = Document.builder().landscape().letterhead(letterhead).memo(memo, date).title(title);
        doc.block(new Paragraph("অনুমোদন: " + approval + "; সংস্করণ: " + BanglaDigits.toBangla(version), Align.LEFT));
        if (reason != null) {
            doc.block(new Paragraph("সংশোধনের কারণ: " + reason, Align.LEFT));
        }
        doc.table(table());
        doc.signature(signatory);
        if (!copies.isEmpty()) {
            doc.copies(date, copies);
        }
        return doc.build();
    }

    private Table table() {
        List<Table.Row> rows = new ArrayList<>();
        rows.add(Table.Row.of(Table.Cell.down("কৌশলগত উদ্দেশ্য (মান)", 2), Table.Cell.down("কার্যক্রম", 2),
                Table.Cell.down("কর্মসম্পাদন সূচক", 2), Table.Cell.down("একক", 2), Table.Cell.down("মান", 2),
                new Table.Cell(targetsHeading, TARGET_COLUMNS.size()), Table.Cell.down("প্রমাণক", 2)));
        List<Table.Cell> columns = new ArrayList<>();
        for (int i = 0; i < TARGET_COLUMNS.size(); i++) {
            columns.add(Table.Cell.of(TARGET_COLUMNS.get(i), TARGET_PERCENTS.get(i)));
        }
        rows.add(new Table.Row(columns));
        for (Objective objective : objectives) {
            boolean firstOfObjective = true;
            for (Activity activity : objective.activities()) {
                boolean firstOfActivity = true;
                for (Indicator indicator : activity.indicators()) {
                    List<Table.Cell> cells = new ArrayList<>();
                    if (firstOfObjective) {
                        cells.add(new Table.Cell(List.of(objective.number() + ". " + objective.title(), "(" + objective.weight() + ")"),
                                1, objective.rows()));
                    }
                    if (firstOfActivity) {
                        cells.add(new Table.Cell(List.of(activity.number() + " " + activity.title()), 1, activity.indicators().size()));
                    }
                    cells.add(new Table.Cell(indicator.code() + " " + indicator.text()));
                    cells.add(new Table.Cell(indicator.unit()));
                    cells.add(new Table.Cell(indicator.weight()));
                    indicator.targets().forEach(t -> cells.add(new Table.Cell(t)));
                    cells.add(new Table.Cell(indicator.evidence()));
                    rows.add(new Table.Row(cells));
                    firstOfObjective = false;
                    firstOfActivity = false;
                }
            }
        }
        if (totalWeight != null) {
            rows.add(Table.Row.of(new Table.Cell("সর্বমোট মান: " + totalWeight, WIDTHS.length)));
        }
        List<Float> widths = new ArrayList<>();
        for (float w : WIDTHS) {
            widths.add(w);
        }
        return new Table(widths, 2, rows);
    }
}
