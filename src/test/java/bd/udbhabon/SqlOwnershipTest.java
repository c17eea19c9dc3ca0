package bd.udbhabon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A module's SQL names only its own tables (issue 13, point 2): Spring Modulith checks the Java
 * dependencies, this checks what they cannot see, the table names inside SQL strings. Every table
 * the migrations create belongs to the one module whose code writes it ({@link #WRITTEN_ELSEWHERE}
 * for the few no module's Java writes); then every string literal and text block under
 * {@code src/main/java/bd/udbhabon/<module>} is scanned for {@code from|join|into|update <table>},
 * and a table of another module fails the test unless {@link #ALLOWED} names it with a reason.
 * Plain JUnit, no database: a few hundred milliseconds.
 */
class SqlOwnershipTest {

    private static final Path JAVA = Path.of("src/main/java/bd/udbhabon");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** Tables no module's Java writes: kept by a migration's trigger, or by a library. */
    private static final Map<String, String> WRITTEN_ELSEWHERE = Map.of(
            "office_scope", "office",                    // V23's triggers on office
            "initiative_tcv_office", "initiative",       // V41's triggers on initiative_tcv and initiative
            "initiative_tally", "initiative",            // V46's triggers on the initiatives, their TCV and services
            "initiative_scope_tally", "initiative",
            "spring_session_attributes", "identity");    // Spring Session's JDBC store

    /**
     * What a module may name of another's tables, "module -> table", each with its reason. Keep it
     * short: prefer the owner's Java API or a relation the owner publishes.
     */
    private static final Map<String, String> ALLOWED = new TreeMap<>(Map.ofEntries(
            // published: office's scope relation is its SQL contract for roll-ups (docs/modules/office.md)
            Map.entry("* -> office_scope", "published by office for roll-ups (V23)"),
            // rows of up to thousands of offices, named and ordered by Bangla name (ICU collation) in the
            // same query: one query, not a look-up per office through OfficeDirectory
            Map.entry("team -> office", "ComplianceQueries: each counted office with its parent's name, by level and Bangla name"),
            Map.entry("plan -> office", "ReportingLine: each office's parents, where its reports go; the roll-up's names"),
            Map.entry("decision -> office", "ScopeRollUp and the implementing offices' grid: names, by Bangla name"),
            Map.entry("initiative -> office", "the roll-up's offices below, its export and the corner's district-wise list: names, by Bangla name; "
                    + "NationalSearch: the office level filter over 240,000 initiatives by the registry's level index"),
            // issue 17, point 6: the backup copies exactly the objects its snapshot names, each checked by size and SHA-256
            Map.entry("database -> stored_file", "DatabaseBackup: the stored files the backup's snapshot names, copied after it"),
            // the demo backdates what the services date today, and sets the demo's known passwords
            Map.entry("demo -> team_order", "backdates a draft order's effective day"),
            Map.entry("demo -> account", "sets the demo accounts' passwords"),
            Map.entry("demo -> plan_report", "sets 2023-24's first-quarter reports back to October 2023"),
            Map.entry("demo -> plan_report_step", "sets 2023-24's first-quarter reports back to October 2023")));

    private static final Pattern CREATE = Pattern.compile("(?i)create table (?:if not exists )?([a-z_]+)");
    private static final Pattern WRITE = Pattern.compile("(?i)\\b(?:insert\\s+into|update|delete\\s+from)\\s+([a-z_]+)");
    private static final Pattern NAMED = Pattern.compile("(?i)\\b(?:from|join|into|update)\\s+([a-z_]+)");
    /** Text blocks, then ordinary string literals. */
    private static final Pattern STRINGS = Pattern.compile("(?s)\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    @Test
    void everyModulesSqlNamesOnlyItsOwnTablesOrAllowedOnes() throws IOException {
        Map<String, String> owners = owners();
        Set<String> used = new TreeSet<>();
        Set<String> violations = new TreeSet<>();
        forEachModuleString((module, text) -> {
            Matcher m = NAMED.matcher(text);
            while (m.find()) {
                String table = m.group(1).toLowerCase();
                String owner = owners.get(table);
                if (owner == null || owner.equals(module)) {
                    continue;
                }
                String key = module + " -> " + table;
                if (ALLOWED.containsKey(key) || ALLOWED.containsKey("* -> " + table)) {
                    used.add(ALLOWED.containsKey(key) ? key : "* -> " + table);
                } else {
                    violations.add(key + " (owned by " + owner + ")");
                }
            }
        });
        assertThat(violations).as("SQL naming another module's tables; use its API or a relation it publishes").isEmpty();
        assertThat(used).as("allow-list entries still needed").containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
    }

    @Test
    void everyTableHasOneWritingModule() throws IOException {
        Map<String, Set<String>> writers = writers();
        writers.forEach((table, modules) -> assertThat(modules).as("modules writing " + table).hasSize(1));
        assertThat(owners()).containsKeys("office", "office_scope", "decision", "team_compliance", "post");
    }

    @Test
    void theActionPlansTablesAreThePlanModulesAndNoOtherAsksThem() throws IOException {
        Map<String, String> owners = owners();
        for (String table : List.of("plan_template", "plan_template_version", "plan_section", "plan_activity", "plan_indicator")) {
            assertThat(owners.get(table)).as(table).isEqualTo("plan");
        }
        Set<String> askers = new TreeSet<>();
        forEachModuleString((module, text) -> {
            Matcher m = NAMED.matcher(text);
            while (m.find()) {
                if (m.group(1).toLowerCase().startsWith("plan_") && !module.equals("plan")
                        && !ALLOWED.containsKey(module + " -> " + m.group(1).toLowerCase())) {
                    askers.add(module + " -> " + m.group(1));
                }
            }
        });
        assertThat(askers).as("the plan's tables are asked through its Java API (PlanTemplates, Plans, ActionPlanning)").isEmpty();
    }

    /** Each table the migrations create, with its module. */
    private static Map<String, String> owners() throws IOException {
        Map<String, String> owners = new TreeMap<>(WRITTEN_ELSEWHERE);
        writers().forEach((table, modules) -> owners.put(table, modules.iterator().next()));
        return owners;
    }

    /** The modules whose Java writes each table the migrations create (the demo's allowed writes left out). */
    private static Map<String, Set<String>> writers() throws IOException {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.toList()) {
                Matcher m = CREATE.matcher(Files.readString(file));
                while (m.find()) {
                    tables.add(m.group(1).toLowerCase());
                }
            }
        }
        Map<String, Set<String>> writers = new TreeMap<>();
        forEachModuleString((module, text) -> {
            Matcher m = WRITE.matcher(text);
            while (m.find()) {
                String table = m.group(1).toLowerCase();
                if (tables.contains(table) && !WRITTEN_ELSEWHERE.containsKey(table) && !ALLOWED.containsKey(module + " -> " + table)) {
                    writers.computeIfAbsent(table, t -> new TreeSet<>()).add(module);
                }
            }
        });
        return writers;
    }

    private interface StringVisitor {
        void visit(String module, String text);
    }

    private static void forEachModuleString(StringVisitor visitor) throws IOException {
        try (Stream<Path> files = Files.walk(JAVA)) {
            List<Path> sources = files.filter(p -> p.toString().endsWith(".java")).toList();
            for (Path file : sources) {
                Path relative = JAVA.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // the application class
                }
                String module = relative.getName(0).toString();
                String source;
                try {
                    source = Files.readString(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                Matcher m = STRINGS.matcher(source);
                while (m.find()) {
                    visitor.visit(module, m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
    }
}
