package bd.udbhabon.people.internal;

import bd.udbhabon.bangla.BanglaText;
import bd.udbhabon.people.OfficerDraft;
import bd.udbhabon.people.OfficerImport;
import bd.udbhabon.people.PeopleRegistry.ImportRow;
import bd.udbhabon.people.Post;
import bd.udbhabon.people.PostDraft;
import bd.udbhabon.shell.FormErrors;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an officer import file and checks every row with the same checks as the forms, against
 * the database and against the other rows of the file.
 */
final class OfficerCsv {

    static final int MAX_ROWS = 5_000;
    private static final Set<String> YES = Set.of("হ্যাঁ", "হাঁ", "হ্যা", "yes", "y", "true", "1");
    private static final Set<String> NO = Set.of("না", "no", "n", "false", "0");
    private static final List<String> POST_DETAILS = List.of("post_en", "grade", "wing", "teaching_level",
            "subject", "other_office", "from");

    private final PeopleRegistryService registry;

    OfficerCsv(PeopleRegistryService registry) {
        this.registry = registry;
    }

    /** A row ready to write: the officer, and if a post is named, that post (or the one to make) and the first day. */
    record Checked(PeopleRegistryService.CheckedOfficer officer, Long existingPostId,
                   PeopleRegistryService.CheckedPost newPost, LocalDate from) {
    }

    private record Result(List<ImportRow> rows, List<Checked> checked) {
    }

    List<ImportRow> check(String text, long officeId) {
        return read(text, officeId).rows();
    }

    /** Every row ready to write, or null if the file has no rows or any bad one. */
    List<Checked> checkedRows(String text, long officeId) {
        Result result = read(text, officeId);
        boolean clean = !result.checked().isEmpty() && result.rows().stream().allMatch(ImportRow::ok);
        return clean ? result.checked() : null;
    }

    private Result read(String text, long officeId) {
        List<CSVRecord> records;
        try {
            records = CSVFormat.DEFAULT.builder().setTrim(true).get()
                    .parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text)).getRecords();
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return fileProblem(0, "people.import.error.unreadable");
        }
        records = records.stream().filter(r -> !blank(r)).toList();
        if (records.isEmpty()) {
            return fileProblem(0, "people.import.error.empty");
        }
        CSVRecord headerRow = records.getFirst();
        Map<String, Integer> columns = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < headerRow.size(); i++) {
            String header = headerRow.get(i);
            if (header.isBlank()) {
                continue;
            }
            String column = column(header);
            if (column == null || columns.putIfAbsent(column, i) != null) {
                unknown.add(header);
            }
        }
        if (!unknown.isEmpty()) {
            return fileProblem((int) headerRow.getRecordNumber(), "people.import.error.unknownColumn",
                    String.join(", ", unknown), columnList());
        }
        if (!columns.containsKey("name_bn")) {
            return fileProblem((int) headerRow.getRecordNumber(), "people.import.error.header", columnList());
        }
        List<CSVRecord> data = records.subList(1, records.size());
        if (data.isEmpty()) {
            return fileProblem(0, "people.import.error.empty");
        }
        if (data.size() > MAX_ROWS) {
            return fileProblem(0, "people.import.error.tooMany", MAX_ROWS);
        }
        var rows = new ArrayList<ImportRow>();
        var checked = new ArrayList<Checked>();
        var seen = new Seen(new HashSet<>(), new HashSet<>(), new HashSet<>());
        for (CSVRecord record : data) {
            var row = OfficerImport.fromColumns(name -> {
                Integer index = columns.get(name);
                return index == null || index >= record.size() ? "" : record.get(index);
            });
            var problems = new FormErrors();
            Checked ok = checkRow(row, officeId, seen, problems);
            rows.add(new ImportRow((int) record.getRecordNumber(), row, problems));
            if (ok != null) {
                checked.add(ok);
            }
        }
        return new Result(rows, checked);
    }

    /** What earlier rows of the file already used. */
    private record Seen(Set<String> emails, Set<String> posts, Set<String> namesWithPhones) {
    }

    private Checked checkRow(OfficerImport row, long officeId, Seen seen, FormErrors problems) {
        Boolean skills = yesNo(row.skillsDevelopment());
        if (skills == null) {
            problems.add("skills_development", "people.error.yesNo");
        }
        var officer = registry.checkOfficer(new OfficerDraft(row.nameBn(), row.nameEn(), row.email(), row.phone(),
                Boolean.TRUE.equals(skills)), officeId, null, problems);
        if (officer != null) {
            if (officer.email() != null && !seen.emails().add(officer.email())) {
                problems.add("email", "people.error.repeatedEmail");
            }
            if (officer.phone() != null) {
                String person = officer.nameBn() + "|" + officer.phone().replaceAll("\\D", "");
                if (!seen.namesWithPhones().add(person)) {
                    problems.add("name_bn", "people.error.repeatedOfficer");
                } else if (registry.sameOfficerExists(officeId, officer.nameBn(), officer.phone())) {
                    problems.add("name_bn", "people.error.officerExists");
                }
            }
        }
        if (!row.hasPost()) {
            for (String column : POST_DETAILS) {
                if (!value(row, column).isBlank()) {
                    problems.add("post_bn", "people.error.postNeeded", column);
                    break;
                }
            }
            return problems.any() ? null : new Checked(officer, null, null, null);
        }
        String title = PeopleRegistryService.text(row.postBn());
        if (!seen.posts().add(title)) {
            problems.add("post_bn", "people.error.repeatedPost");
        }
        LocalDate from = Dates.parse(row.from());
        if (from == null) {
            problems.add("from", row.from().isBlank() ? "people.error.fromNeeded" : "people.error.date");
        }
        Post existing = registry.postTitled(officeId, title).orElse(null);
        if (existing != null) {
            if (!existing.active()) {
                problems.add("post_bn", "people.error.postInactive");
            } else if (from != null) {
                registry.checkPostFree(existing.id(), from, "from", problems);
            }
            return problems.any() ? null : new Checked(officer, existing.id(), null, from);
        }
        if (row.grade().isBlank()) { // the most likely reason: the title was meant to match a post but does not
            problems.add("grade", "people.error.gradeForNewPost");
        }
        Boolean other = yesNo(row.otherOffice());
        if (other == null) {
            problems.add("other_office", "people.error.yesNo");
        }
        var post = registry.checkPost(new PostDraft(row.postBn(), row.postEn(), row.grade(), row.wing(),
                row.teachingLevel(), row.subject(), Boolean.TRUE.equals(other), true), officeId, null, problems,
                "post_bn", "post_en");
        return problems.any() ? null : new Checked(officer, null, post, from);
    }

    /** The column a header names (by its name or its Bangla header, in any case and spacing), or null. */
    private static String column(String header) {
        String key = key(header);
        return OfficerImport.COLUMNS.stream()
                .filter(c -> key(c.name()).equals(key) || key(c.headerBn()).equals(key))
                .map(OfficerImport.Column::name).findFirst().orElse(null);
    }

    private static String columnList() {
        return OfficerImport.COLUMNS.stream().map(c -> c.headerBn() + " (" + c.name() + ")").collect(Collectors.joining(", "));
    }

    private static String key(String text) {
        return BanglaText.normalize(text).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Yes or no as typed; blank is no; null if it is neither. */
    private static Boolean yesNo(String text) {
        String key = key(text == null ? "" : text);
        if (key.isEmpty() || NO.contains(key)) {
            return false;
        }
        return YES.contains(key) ? true : null;
    }

    private static String value(OfficerImport row, String column) {
        return switch (column) {
            case "post_en" -> row.postEn();
            case "grade" -> row.grade();
            case "wing" -> row.wing();
            case "teaching_level" -> row.teachingLevel();
            case "subject" -> row.subject();
            case "other_office" -> row.otherOffice();
            case "from" -> row.from();
            default -> "";
        };
    }

    private static boolean blank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    private static Result fileProblem(int line, String key, Object... args) {
        return new Result(List.of(new ImportRow(line, null, new FormErrors().add("file", key, args))), List.of());
    }
}
