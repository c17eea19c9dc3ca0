package bd.udbhabon.document;

import bd.udbhabon.bangla.MemoNumber;
import bd.udbhabon.document.Minutes.Decision;
import bd.udbhabon.document.Minutes.Detail;
import bd.udbhabon.document.Minutes.Item;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The templates filled with the seeds' own content (src/test/resources/seeds), as the tests and
 * benchmarks use them. The text comes from the seed files, read here; only the structure (which
 * line is a member, a duty, a decision) is given.
 */
public final class SeedDocuments {

    static final String OFFICE_ORDER = "/seeds/001_7e5106ac31834b5a.txt";
    static final String PARAGRAPH_MINUTES = "/seeds/002_49eb1ee9428233ea.txt";
    static final String DIVISION_MINUTES = "/seeds/003_7b85ba9697d0f1c5.txt";
    static final String MINISTRY_MINUTES = "/seeds/004_31e1bbd6dcb431af.txt";

    private static final Pattern PAREN_SERIAL = Pattern.compile("\\(([০-৯]+)\\)\\s*");
    private static final Pattern LIST_MARK = Pattern.compile("^- [০-৯]+[।)]\\s*");
    private static final Pattern CELL_PAIR = Pattern.compile("<td>([^<]*)</td>\\s*<td>([^<]*)</td>");

    private SeedDocuments() {
    }

    /**
     * The seed documents the golden tests run on, by a short name used in file names
     * ("001-office-order"); every renderer's golden test covers all of them.
     */
    static Map<String, Document> golden() {
        Map<String, Document> documents = new LinkedHashMap<>();
        documents.put("001-office-order", officeOrder());
        documents.put("003-minutes-table", minutes());
        documents.put("004-minutes-activities", ministryMinutes());
        documents.put("004-action-plan", ministryPlan());
        return documents;
    }

    /** Every template once: the golden set, the paragraph-style minutes and a meeting notice. */
    static Map<String, Document> all() {
        Map<String, Document> documents = golden();
        documents.put("002-minutes-paragraphs", paragraphMinutes());
        documents.put("notice", notice());
        return documents;
    }

    static List<String> lines(String resource) {
        try (InputStream in = SeedDocuments.class.getResourceAsStream(resource)) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .map(String::strip).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> cells(String line) {
        return Arrays.stream(line.split("\t")).map(c -> c.replaceAll("</?p>", "").strip()).toList();
    }

    private static List<String> listEntries(List<String> lines, String mark) {
        return lines.stream().filter(l -> l.matches("- [০-৯]+" + mark + ".*"))
                .map(l -> LIST_MARK.matcher(l).replaceFirst("")).toList();
    }

    /** Seed 001, the office order forming the Dinajpur district innovation team (3 pages). */
    public static Document officeOrder() {
        return seed001().document();
    }

    /** Seed 003's decision table as typed: serial, subject, discussion, decision, implementing authorities (one each). */
    public static List<List<String>> seed003Items() {
        return decisionRows(lines(DIVISION_MINUTES)).stream()
                .map(c -> List.of(c.get(0), c.get(1), c.get(2), c.get(3), String.join("\n", implementers(c.get(4))))).toList();
    }

    /** Seed 003's opening paragraphs and its distribution list. */
    public static List<String> seed003Opening() {
        return lines(DIVISION_MINUTES).stream().filter(l -> l.length() > 200 && !l.contains("\t"))
                .map(l -> l.replaceFirst("^[০-৯]+।\\s*", "")).toList();
    }

    public static List<String> seed003Distribution() {
        return listEntries(lines(DIVISION_MINUTES), "।");
    }

    /**
     * Seed 004's activity table as typed: activity, target, discussion, decision (without the
     * committee it forms), and the committee's rows "যুগ্মসচিব (প্রশাসন) - আহবায়ক".
     */
    public static List<List<String>> seed004Items() {
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines(MINISTRY_MINUTES)) {
            List<String> c = cells(line);
            if (c.size() >= 4 && (c.getFirst().matches("\\[?[০-৯.]+\\].*") || c.getFirst().equals("বিবিধ"))) {
                String decision = c.get(3);
                List<String> committee = new ArrayList<>();
                Matcher pairs = CELL_PAIR.matcher(decision);
                while (pairs.find()) {
                    committee.add(pairs.group(1).replaceFirst("^[০-৯]+\\s*", "").strip() + " - " + pairs.group(2).strip());
                }
                rows.add(List.of(c.get(0), c.get(1), c.get(2), decision.replaceAll("<table.*</table>", "").strip(),
                        String.join("\n", committee)));
            }
        }
        return rows;
    }

    public static List<String> seed004Distribution() {
        return listEntries(lines(MINISTRY_MINUTES), "।").subList(0, 7);
    }

    /** Seed 001 as the template's input: what an office types to issue it. */
    public static OfficeOrder seed001() {
        List<String> lines = lines(OFFICE_ORDER);
        String text = String.join("\n", lines);
        List<OfficeOrder.Member> members = lines.stream().filter(l -> cells(l).size() == 3 && l.matches("[০-৯]+\\..*"))
                .map(l -> new OfficeOrder.Member(cells(l).get(1), cells(l).get(2))).toList();
        String dutiesText = text.substring(text.indexOf("(১) "), text.indexOf("২৩-১২-২০২৩"));
        List<String> duties = new ArrayList<>();
        for (String duty : PAREN_SERIAL.split(dutiesText.replace("\n- ", "\n"))) {
            if (!duty.isBlank()) {
                duties.add(duty.strip());
            }
        }
        LocalDate date = LocalDate.of(2023, 12, 23);
        return new OfficeOrder(
                new Letterhead(List.of("জেলা প্রশাসকের কার্যালয়, দিনাজপুর", "আইসিটি শাখা"), "www.dinajpur.gov.bd"),
                MemoNumber.parse("০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯"), date,
                lines.stream().filter(l -> l.startsWith("মন্ত্রিপরিষদ বিভাগের")).findFirst().orElseThrow(),
                members, duties, null,
                new Signature("শাকিল আহমেদ", "জেলা প্রশাসক", "02589925001", "dcdinajpur@mopa.gov.bd", date),
                listEntries(lines, "\\)"));
    }

    /** Seed 003, the Rajshahi divisional team's minutes of 17 October 2023 in the decision table (4 pages). */
    static Document minutes() {
        return minutes(Integer.MAX_VALUE);
    }

    /** Seed 003 with only the first {@code decisions} agenda items. */
    static Document minutes(int decisions) {
        List<String> lines = lines(DIVISION_MINUTES);
        List<Detail> details = lines.stream().filter(l -> cells(l).size() == 2)
                .map(l -> new Detail(cells(l).get(0), cells(l).get(1))).toList();
        List<Item> items = decisionRows(lines).stream().limit(decisions)
                .map(c -> new Item(c.get(1), null, c.get(2), List.of(new Decision(c.get(3))), implementers(c.get(4))))
                .toList();
        List<String> opening = lines.stream().filter(l -> l.length() > 200 && !l.contains("\t"))
                .map(l -> l.replaceFirst("^[০-৯]+।\\s*", "")).toList();
        LocalDate date = LocalDate.of(2023, 10, 25);
        return new Minutes(Minutes.Style.DECISION_TABLE,
                new Letterhead(List.of("বিভাগীয় কমিশনারের কার্যালয়", "রাজশাহী", "আইসিটি শাখা"), "www.rajshahidiv.gov.bd"),
                "বিভাগীয় ইনোভেশন টিমের সভার কার্যবিবরণী", null, details, opening, null, items, null,
                new Signature("ড. দেওয়ান মুহাম্মদ হুমায়ুন কবীর", "বিভাগীয় কমিশনার", "02588857233",
                        "divcomrajshahi@mopa.gov.bd", date, "02588857529"),
                MemoNumber.parse("০৫.৪৩.০০০০.০১৭.০২.০০১.২৩.২৭৮"), date, listEntries(lines, "।"), List.of(),
                new Signature("ড. মোঃ মোকহেদ আলী", "অতিরিক্ত বিভাগীয় কমিশনার", null, null, date.plusDays(1)),
                null).document();
    }

    /**
     * The rows of seed 003's decision table: serial, subject, discussion, decision, implementers. The
     * last row has the serial and the subject in one cell ("৮. ওয়েবপোর্টাল হালনাগাদ").
     */
    private static List<List<String>> decisionRows(List<String> lines) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines) {
            List<String> c = cells(line);
            if (c.size() == 5 && c.getFirst().matches("[০-৯]+\\..*")) {
                rows.add(c);
            } else if (c.size() == 4 && c.getFirst().matches("[০-৯]+\\. \\S.*")) {
                List<String> split = new ArrayList<>(List.of(c.getFirst().split(" ", 2)));
                split.addAll(c.subList(1, 4));
                rows.add(split);
            }
        }
        return rows;
    }

    /** "১। অতিরিক্ত … ২। জেলা প্রশাসক …" as separate entries, without their numbers. */
    private static List<String> implementers(String cell) {
        return Arrays.stream(cell.split("(^|\\s)[০-৯]+।\\s*")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Seed 004, the Ministry of Women and Children Affairs' minutes of 27 November 2023 in the
     * activity table, with the sub-committee it forms, the co-opted member and the attendance sheet.
     */
    static Document ministryMinutes() {
        List<String> lines = lines(MINISTRY_MINUTES);
        List<Detail> details = lines.stream().map(SeedDocuments::cells)
                .filter(c -> c.size() == 3 && c.get(1).equals(":")).map(c -> new Detail(c.get(0), c.get(2))).toList();
        List<Item> items = new ArrayList<>();
        for (String line : lines) {
            List<String> c = cells(line);
            if (c.size() >= 4 && (c.getFirst().matches("\\[?[০-৯.]+\\].*") || c.getFirst().equals("বিবিধ"))) {
                String decision = c.get(3);
                List<String> committee = new ArrayList<>();
                Matcher pairs = CELL_PAIR.matcher(decision);
                while (pairs.find()) {
                    committee.add(pairs.group(1).replaceFirst("^[০-৯]+\\s*", "").strip() + " - " + pairs.group(2).strip());
                }
                decision = decision.replaceAll("<table.*</table>", "").strip();
                items.add(new Item(c.get(0), c.get(1), c.get(2), List.of(new Decision(decision, committee)), List.of()));
            }
        }
        String opening = lines.stream().filter(l -> l.startsWith("সভাপতি জাতির পিতা")).findFirst().orElseThrow();
        List<String> copies = new ArrayList<>();
        int copiesAt = lines.indexOf("অনুলিপি:");
        for (int i = copiesAt + 1; i < lines.size() && !lines.get(i).startsWith("(মোঃ"); i++) {
            String line = lines.get(i);
            if (line.startsWith("- ")) {
                copies.add(LIST_MARK.matcher(line).replaceFirst(""));
            } else if (!line.isEmpty() && !copies.isEmpty()) {
                copies.set(copies.size() - 1, copies.getLast() + " " + line);
            }
        }
        int sheetAt = lines.indexOf("ক্রমিক নং\tইনোভেশন টিম সদস্যদের নাম ও পদবি\tস্বাক্ষর");
        List<AttendanceSheet.Attendee> attendees = lines.subList(sheetAt + 1, lines.size()).stream()
                .filter(l -> cells(l).size() == 3).map(l -> new AttendanceSheet.Attendee(cells(l).get(1), null)).toList();
        String meeting = lines.get(sheetAt - 3) + " " + lines.get(sheetAt - 2);
        LocalDate issued = LocalDate.of(2023, 12, 3);
        return new Minutes(Minutes.Style.ACTIVITY_TABLE,
                new Letterhead(List.of("মহিলা ও শিশু বিষয়ক মন্ত্রণালয়", "প্রশাসন-২ শাখা", "বাংলাদেশ সচিবালয়, ঢাকা"),
                        "www.mowca.gov.bd"),
                null, "মহিলা ও শিশু বিষয়ক মন্ত্রণালয়ের ইনোভেশন টিম সভার কার্যবিবরণী।", details, List.of(opening),
                lines.stream().filter(l -> l.startsWith("## ২।")).findFirst().orElseThrow().replaceFirst("## ২।\\s*", ""),
                items, lines.stream().filter(l -> l.startsWith("৩। ")).findFirst().orElseThrow().substring(3),
                new Signature("মুহাম্মদ ওয়াহিদুজ্জামান, এনডিসি", "অতিরিক্ত সচিব (প্রশাসন) ও চীফ ইনোভেশন অফিসার", null, null,
                        LocalDate.of(2023, 11, 29)),
                MemoNumber.parse("৩২.০০.০০০০.০৩৪.১৬.০০৩.২৩-০৫"), issued, listEntries(lines, "।").subList(0, 7), copies,
                new Signature("মোঃ মাসুদুর রহমান", "উপসচিব (প্রশাসন-২)", "(০২) ৫৫১০০১৯৩", null, issued),
                new AttendanceSheet(null, "মহিলা ও শিশু বিষয়ক মন্ত্রণালয়", meeting, attendees, 2)).document();
    }

    /** Seed 004's plan as issued (issue 14): the memo file, day, signatory and copies its golden test issues it with. */
    public static final String PLAN_MEMO_FILE = "32.00.0000.034.16.003.23";
    public static final int PLAN_MEMO_SERIAL = 12;
    public static final LocalDate PLAN_ISSUED_ON = LocalDate.of(2023, 7, 16);
    public static final LocalDate PLAN_APPROVED_IN_MEETING_ON = LocalDate.of(2023, 7, 10);
    public static final List<String> PLAN_COPIES = List.of(
            "সচিব, মন্ত্রিপরিষদ বিভাগ, বাংলাদেশ সচিবালয়, ঢাকা।",
            "সচিবের একান্ত সচিব, মহিলা ও শিশু বিষয়ক মন্ত্রণালয়, বাংলাদেশ সচিবালয়, ঢাকা।",
            "অফিস কপি।");

    /**
     * Seed 004's 2023-24 plan of the Ministry of Women and Children Affairs (the fixture
     * {@code /demo/mowca-2023-24.csv}, its cells as printed), issued as the annex table on landscape A4
     * (issue 14, point 8): approved in the monthly coordination meeting of 10 July 2023, issued on 16 July.
     * The letterhead is the office as the application prints it (its name and website).
     */
    public static Document ministryPlan() {
        List<String> lines = lines("/demo/mowca-2023-24.csv").stream().filter(l -> !l.isEmpty()).toList();
        List<ActionPlanPaper.Objective> objectives = new ArrayList<>();
        String objective = null;
        String objectiveTitle = null;
        String objectiveWeight = null;
        Map<String, String> activityTitles = new LinkedHashMap<>();
        Map<String, List<ActionPlanPaper.Indicator>> activities = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> c = Arrays.asList(line.split(",", -1));
            if (c.size() != 15) {
                throw new IllegalStateException("15 columns: " + line);
            }
            String[] code = c.get(0).replaceAll("[\\[\\]]", "").split("\\.");
            if (!code[0].equals(objective)) {
                if (objective != null) {
                    objectives.add(objective(objective, objectiveTitle, objectiveWeight, activityTitles, activities));
                }
                objective = code[0];
                objectiveTitle = c.get(1);
                objectiveWeight = c.get(2);
                activityTitles.clear();
                activities.clear();
            }
            String activity = code[0] + "." + code[1];
            if (!c.get(3).isEmpty()) {
                activityTitles.putIfAbsent(activity, c.get(3));
            }
            activities.computeIfAbsent(activity, a -> new ArrayList<>()).add(new ActionPlanPaper.Indicator(c.get(0), c.get(4),
                    c.get(5), c.get(7), c.subList(8, 13), c.get(13)));
        }
        objectives.add(objective(objective, objectiveTitle, objectiveWeight, activityTitles, activities));
        return new ActionPlanPaper(new Letterhead(List.of("মহিলা ও শিশু বিষয়ক মন্ত্রণালয়"), "www.mowca.gov.bd"),
                MemoNumber.parse("৩২.০০.০০০০.০৩৪.১৬.০০৩.২৩.১২"), PLAN_ISSUED_ON, "ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৩-২৪",
                "লক্ষ্যমাত্রা ২০২৩-২৪", "মাসিক সমন্বয় সভা, ১০ জুলাই ২০২৩", 1, null, objectives, "৫০",
                new Signature("মোঃ মাসুদুর রহমান", "উপসচিব (প্রশাসন-২)", "(০২) ৫৫১০০১৯৩", null, PLAN_ISSUED_ON), PLAN_COPIES)
                .document();
    }

    private static ActionPlanPaper.Objective objective(String number, String title, String weight, Map<String, String> titles,
                                                       Map<String, List<ActionPlanPaper.Indicator>> indicators) {
        List<ActionPlanPaper.Activity> activities = new ArrayList<>();
        indicators.forEach((activity, list) -> activities.add(new ActionPlanPaper.Activity(activity, titles.get(activity), list)));
        return new ActionPlanPaper.Objective(number, title, weight, activities);
    }

    /** Seed 002, the Ministry of Public Administration's minutes of 29 December 2021 in paragraphs. */
    static Document paragraphMinutes() {
        List<String> lines = lines(PARAGRAPH_MINUTES).stream().filter(l -> !l.isEmpty()).toList();
        List<Detail> details = new ArrayList<>();
        int at = lines.indexOf("সভাপতি");
        details.add(new Detail(lines.get(at), lines.get(at + 1) + ", " + lines.get(at + 2)));
        for (int i = at + 3; i < at + 11; i += 2) {
            details.add(new Detail(lines.get(i), lines.get(i + 1)));
        }
        List<String> opening = lines.stream().filter(l -> l.length() > 300).map(l -> l.replaceFirst("^[০-৯]+।\\s*", "")).toList();
        List<Decision> decisions = lines.stream().filter(l -> l.matches("\\([কখগ]\\) .*"))
                .map(l -> new Decision(l.substring(4))).toList();
        String decided = lines.stream().filter(l -> l.startsWith("০৬। ")).findFirst().orElseThrow().substring(4);
        String closing = lines.stream().filter(l -> l.startsWith("০৭। ")).findFirst().orElseThrow().substring(4);
        LocalDate date = LocalDate.of(2021, 12, 29);
        return new Minutes(Minutes.Style.PARAGRAPHS,
                new Letterhead(List.of("জনপ্রশাসন মন্ত্রণালয়", "সিপিটি অনুবিভাগ", "সিপি-৩ শাখা"), null),
                lines.stream().filter(l -> l.startsWith("### ")).findFirst().orElseThrow().substring(4), null, details,
                opening, null, List.of(new Item(null, null, decided, decisions, List.of())), closing,
                new Signature("ড. মোঃ সহিদউল্লাহ", "অতিরিক্ত সচিব (সিপিটি অনুবিভাগ), জনপ্রশাসন মন্ত্রণালয়", null, null, date),
                MemoNumber.parse("০৫.০০.০০০০.১৯৭.০১.০০৮.১১.১৩৩"), date, List.of(), listEntries(lines, "\\)"), null, null)
                .document();
    }

    /** A notice of seed 003's meeting: the Rajshahi divisional team, 17 October 2023, its agenda. */
    static Document notice() {
        List<String> lines = lines(DIVISION_MINUTES);
        List<String> agenda = decisionRows(lines).stream().map(c -> c.get(1)).toList();
        LocalDate issued = LocalDate.of(2023, 10, 10);
        return new MeetingNotice(
                new Letterhead(List.of("বিভাগীয় কমিশনারের কার্যালয়", "রাজশাহী", "আইসিটি শাখা"), "www.rajshahidiv.gov.bd"),
                MemoNumber.parse("০৫.৪৩.০০০০.০১৭.০২.০০১.২৩.২৬৫"), issued, "বিভাগীয় ইনোভেশন টিম",
                "বিভাগীয় কমিশনার, রাজশাহী", LocalDate.of(2023, 10, 17), LocalTime.of(13, 15),
                "বিভাগীয় কমিশনার, রাজশাহী এর সম্মেলন কক্ষ", null, agenda,
                new Signature("ড. মোঃ মোকহেদ আলী", "অতিরিক্ত বিভাগীয় কমিশনার", null, null, issued),
                listEntries(lines, "।").subList(4, 14), List.of("বিভাগীয় কমিশনার, রাজশাহী", "অফিস কপি"))
                .document();
    }
}
