package bd.udbhabon.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo's content read from the seed papers themselves (src/main/resources/demo, copies of
 * shared/seeds 001, 003 and 004), so that the Bangla text is exactly the seeds'. The structure (which
 * line is a member, a decision row, a distribution entry) follows the test suite's SeedDocuments.
 */
final class SeedText {

    static final String DINAJPUR_ORDER = "/demo/001-dinajpur-office-order.txt";
    static final String RAJSHAHI_MINUTES = "/demo/003-rajshahi-minutes.txt";
    static final String MOWCA_MINUTES = "/demo/004-mowca-minutes.txt";

    private static final Pattern LIST_MARK = Pattern.compile("^- [০-৯]+[।)]\\s*");
    private static final Pattern CELL_PAIR = Pattern.compile("<td>([^<]*)</td>\\s*<td>([^<]*)</td>");

    private SeedText() {
    }

    static List<String> lines(String resource) {
        try (InputStream in = SeedText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing demo resource " + resource);
            }
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")).map(String::strip).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> cells(String line) {
        return Arrays.stream(line.split("\t")).map(c -> c.replaceAll("</?p>", "").strip()).toList();
    }

    static List<String> listEntries(List<String> lines, String mark) {
        return lines.stream().filter(l -> l.matches("- [০-৯]+" + mark + ".*")).map(l -> LIST_MARK.matcher(l).replaceFirst("")).toList();
    }

    // ---- seed 001

    /** Seed 001's member table: the post as printed, and the role as printed. */
    static List<List<String>> seed001Members() {
        return lines(DINAJPUR_ORDER).stream().filter(l -> cells(l).size() == 3 && l.matches("[০-৯]+\\..*"))
                .map(l -> List.of(cells(l).get(1), cells(l).get(2))).toList();
    }

    static String seed001Preamble() {
        return lines(DINAJPUR_ORDER).stream().filter(l -> l.startsWith("মন্ত্রিপরিষদ বিভাগের")).findFirst().orElseThrow();
    }

    static List<String> seed001Copies() {
        return listEntries(lines(DINAJPUR_ORDER), "\\)");
    }

    // ---- seed 003

    /** Seed 003's decision table: serial, subject, discussion, decision, implementing authorities (one a line). */
    static List<List<String>> seed003Items() {
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines(RAJSHAHI_MINUTES)) {
            List<String> c = cells(line);
            List<String> row = null;
            if (c.size() == 5 && c.getFirst().matches("[০-৯]+\\..*")) {
                row = c;
            } else if (c.size() == 4 && c.getFirst().matches("[০-৯]+\\. \\S.*")) {
                row = new ArrayList<>(List.of(c.getFirst().split(" ", 2)));
                row.addAll(c.subList(1, 4));
            }
            if (row != null) {
                rows.add(List.of(row.get(0), row.get(1), row.get(2), row.get(3), String.join("\n", implementers(row.get(4)))));
            }
        }
        return rows;
    }

    private static List<String> implementers(String cell) {
        return Arrays.stream(cell.split("(^|\\s)[০-৯]+।\\s*")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static List<String> seed003Opening() {
        return lines(RAJSHAHI_MINUTES).stream().filter(l -> l.length() > 200 && !l.contains("\t"))
                .map(l -> l.replaceFirst("^[০-৯]+।\\s*", "")).toList();
    }

    static List<String> seed003Distribution() {
        return listEntries(lines(RAJSHAHI_MINUTES), "।");
    }

    // ---- seed 004

    /** One row of seed 004's activity table: activity, target, discussion, decision, and the committee it forms (post, role). */
    record ActivityRow(String activity, String target, String discussion, String decision, List<List<String>> committee) {
    }

    static List<ActivityRow> seed004Items() {
        List<ActivityRow> rows = new ArrayList<>();
        for (String line : lines(MOWCA_MINUTES)) {
            List<String> c = cells(line);
            if (c.size() >= 4 && (c.getFirst().matches("\\[?[০-৯.]+\\].*") || c.getFirst().equals("বিবিধ"))) {
                String decision = c.get(3);
                List<List<String>> committee = new ArrayList<>();
                Matcher pairs = CELL_PAIR.matcher(decision);
                while (pairs.find()) {
                    committee.add(List.of(pairs.group(1).replaceFirst("^[০-৯]+\\s*", "").strip(), pairs.group(2).strip()));
                }
                rows.add(new ActivityRow(c.get(0), c.get(1), c.get(2), decision.replaceAll("<table.*</table>", "").strip(), committee));
            }
        }
        return rows;
    }

    static String seed004Opening() {
        return lines(MOWCA_MINUTES).stream().filter(l -> l.startsWith("সভাপতি জাতির পিতা")).findFirst().orElseThrow();
    }

    static String seed004ItemsIntro() {
        return lines(MOWCA_MINUTES).stream().filter(l -> l.startsWith("## ২।")).findFirst().orElseThrow().replaceFirst("## ২।\\s*", "");
    }

    static String seed004Closing() {
        return lines(MOWCA_MINUTES).stream().filter(l -> l.startsWith("৩। ")).findFirst().orElseThrow().substring(3);
    }

    static List<String> seed004Distribution() {
        return listEntries(lines(MOWCA_MINUTES), "।").subList(0, 7);
    }

    static List<String> seed004Copies() {
        List<String> lines = lines(MOWCA_MINUTES);
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
        return copies;
    }
}
