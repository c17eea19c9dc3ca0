package bd.udbhabon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each capability is a module; a module uses only the others' public API, with no cycles. The
 * module diagrams in docs/modules/generated are drawn from the code on every build, and the table
 * of dependencies in docs/architecture.md must say what the code does.
 */
class ModularityTests {

    /** Reading the classes takes seconds: once for every test here. */
    private static final ApplicationModules MODULES = ApplicationModules.of(UdbhabonApplication.class);
    private static final Path ARCHITECTURE = Path.of("docs/architecture.md");
    private static final Path DIAGRAMS = Path.of("docs/modules/generated");
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`(\\w+)`\\s*\\|([^|]*)\\|.*$", Pattern.MULTILINE);
    private static final Pattern NAME = Pattern.compile("`(\\w+)`");

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    /**
     * The diagrams (C4 PlantUML: all modules, and each module with its neighbours) are rewritten on
     * every build, so {@code git status} shows when a change moved an arrow; commit them with it.
     */
    @Test
    void theModuleDiagramsAreDrawnFromTheCode() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DIAGRAMS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        try (Stream<Path> files = Files.list(DIAGRAMS)) {
            for (Path diagram : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Files.write(diagram, inStableOrder(Files.readAllLines(diagram, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
            }
        }
        assertThat(DIAGRAMS.resolve("components.puml")).exists();
    }

    /**
     * The elements and arrows as the Documenter writes them come in an order that changes from one
     * compilation to the next; sorted, a diagram changes in git only when the code's shape does.
     */
    static List<String> inStableOrder(List<String> lines) {
        List<String> stable = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String runKind = null;
        for (String line : lines) {
            String kind = line.stripLeading().startsWith("Rel(") || line.stripLeading().startsWith("Component(")
                    ? line.substring(0, line.indexOf('(')) : null;
            if (!Objects.equals(kind, runKind)) {
                run.sort(null);
                stable.addAll(run);
                run.clear();
                runKind = kind;
            }
            (kind == null ? stable : run).add(line);
        }
        run.sort(null);
        stable.addAll(run);
        return stable;
    }

    @Test
    void theDependencyTableInTheArchitectureDocumentIsWhatTheCodeDoes() throws IOException {
        Map<String, Set<String>> actual = new TreeMap<>();
        for (ApplicationModule module : MODULES) {
            actual.put(name(module), module.getDirectDependencies(MODULES).uniqueModules().map(ModularityTests::name)
                    .collect(Collectors.toCollection(TreeSet::new)));
        }
        assertThat(documented()).as("docs/architecture.md, table 'module | uses', should read:%n%s", rows(actual))
                .isEqualTo(actual);
    }

    /** The rows of the table under "Dependencies point one way": a module, then the modules it uses in back-quotes. */
    static Map<String, Set<String>> documented() throws IOException {
        String text = Files.readString(ARCHITECTURE, StandardCharsets.UTF_8);
        int start = text.indexOf("| module | uses |");
        assertThat(start).as("docs/architecture.md has the table 'module | uses'").isNotNegative();
        int end = text.indexOf("\n\n", start);
        Map<String, Set<String>> table = new TreeMap<>();
        Matcher row = ROW.matcher(end < 0 ? text.substring(start) : text.substring(start, end));
        while (row.find()) {
            Set<String> uses = new TreeSet<>();
            Matcher name = NAME.matcher(row.group(2));
            while (name.find()) {
                uses.add(name.group(1));
            }
            assertThat(table.put(row.group(1), uses)).as("module %s is in the table once", row.group(1)).isNull();
        }
        return table;
    }

    private static String rows(Map<String, Set<String>> dependencies) {
        StringBuilder rows = new StringBuilder();
        dependencies.forEach((module, uses) -> rows.append("| `").append(module).append("` | ")
                .append(uses.isEmpty() ? "—" : uses.stream().map(u -> "`" + u + "`").collect(Collectors.joining(", ")))
                .append(" |\n"));
        return rows.toString();
    }

    private static String name(ApplicationModule module) {
        return module.getIdentifier().toString();
    }
}
