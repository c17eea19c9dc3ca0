package bd.udbhabon.document;

import bd.udbhabon.bangla.MemoNumber;
import bd.udbhabon.bangla.SerialStyle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Documents built from the seed texts (src/test/resources/seeds), as the tests and benchmark use them. */
final class SeedDocuments {

    static final String OFFICE_ORDER = "/seeds/001_7e5106ac31834b5a.txt";
    static final String MINUTES = "/seeds/003_7b85ba9697d0f1c5.txt";

    private static final Pattern PAREN_SERIAL = Pattern.compile("\\(([০-৯]+)\\)\\s*");

    private SeedDocuments() {
    }

    /**
     * The seed documents the golden tests run on, by a short name used in file names
     * ("001-office-order"); every renderer's golden test covers all of them.
     */
    static java.util.Map<String, Document> golden() {
        java.util.Map<String, Document> documents = new java.util.LinkedHashMap<>();
        documents.put("001-office-order", officeOrder());
        documents.put("003-minutes-table", minutes());
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

    /** Seed 001, the office order forming the district innovation team. */
    static Document officeOrder() {
        List<String> lines = lines(OFFICE_ORDER);
        String text = String.join("\n", lines);
        List<List<String>> members = lines.stream().filter(l -> l.chars().filter(c -> c == '\t').count() == 2)
                .map(l -> List.of(l.split("\t"))).toList();
        String dutiesText = text.substring(text.indexOf("(১) "), text.indexOf("২৩-১২-২০২৩"));
        List<String> duties = new ArrayList<>();
        for (String duty : PAREN_SERIAL.split(dutiesText.replace("\n- ", "\n"))) {
            if (!duty.isBlank()) {
                duties.add(duty.strip());
            }
        }
        List<String> copies = lines.stream().filter(l -> l.matches("- [০-৯]+\\).*"))
                .map(l -> l.replaceFirst("- [০-৯]+\\)\\s*", "")).toList();
        LocalDate date = LocalDate.of(2023, 12, 23);
        return Document.builder()
                .letterhead("www.dinajpur.gov.bd", "জেলা প্রশাসকের কার্যালয়, দিনাজপুর", "আইসিটি শাখা")
                .memo(MemoNumber.parse("০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯"), date)
                .title("অফিস আদেশ")
                .paragraph(lines.stream().filter(l -> l.startsWith("মন্ত্রিপরিষদ বিভাগের")).findFirst().orElseThrow())
                .table(Table.of(new float[] {1.1f, 6, 2.6f}, members))
                .heading("ইনোভেশন টিমের কার্যপরিধি:")
                .numbered(SerialStyle.PAREN, duties)
                .signature("শাকিল আহমেদ", "জেলা প্রশাসক", "02589925001", "dcdinajpur@mopa.gov.bd", date)
                .copies(date, copies)
                .build();
    }

    /** Seed 003, table-style minutes: meeting details, the decision table, distribution (4 pages). */
    static Document minutes() {
        return minutes(Integer.MAX_VALUE);
    }

    /** Seed 003 with only the first {@code decisions} rows of the decision table. */
    static Document minutes(int decisions) {
        List<String> lines = lines(MINUTES);
        List<List<String>> details = lines.stream()
                .filter(l -> l.chars().filter(c -> c == '\t').count() == 1)
                .map(l -> List.of(l.split("\t"))).toList();
        List<List<String>> table = lines.stream()
                .filter(l -> l.chars().filter(c -> c == '\t').count() == 4 && !l.startsWith("---"))
                .map(l -> Arrays.stream(l.split("\t")).map(c -> c.replaceAll("</?p>", "").strip()).toList())
                .toList();
        List<Table.Row> rows = table.stream().limit(2L + Math.min(decisions, table.size())).map(Table.Row::of).toList();
        List<String> paragraphs = lines.stream().filter(l -> l.length() > 200 && !l.contains("\t")).toList();
        List<String> distribution = lines.stream().filter(l -> l.matches("- [০-৯]+।.*"))
                .map(l -> l.replaceFirst("- [০-৯]+।\\s*", "")).toList();
        LocalDate date = LocalDate.of(2023, 10, 25);
        return Document.builder()
                .letterhead("www.rajshahidiv.gov.bd", "বিভাগীয় কমিশনারের কার্যালয়", "রাজশাহী", "আইসিটি শাখা")
                .title("বিভাগীয় ইনোভেশন টিমের সভার কার্যবিবরণী")
                .table(new Table(List.of(1f, 3f), 0, details.stream().map(Table.Row::of).toList()))
                .paragraph(paragraphs.getFirst())
                .table(new Table(List.of(0.6f, 1.6f, 3.4f, 2.4f, 1.6f), 2, rows))
                .paragraph("পরিশেষে সভায় আর কোন আলোচ্য বিষয় না থাকায় সকলকে ধন্যবাদ জানিয়ে সভার সমাপ্তি ঘোষণা করা হয়।")
                .signature("ড. দেওয়ান মুহাম্মদ হুমায়ুন কবীর", "বিভাগীয় কমিশনার", "02588857233",
                        "divcomrajshahi@mopa.gov.bd", date)
                .distribution(true, distribution)
                .build();
    }
}
