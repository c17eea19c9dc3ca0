package bd.udbhabon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.BootstrapUtils;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The suite stays fast because almost every {@link IntegrationTest} shares one application (one
 * embedded PostgreSQL, one start). Each other configuration (its own properties, a
 * {@code @DynamicPropertySource}, a mocked bean, {@code @DirtiesContext}) starts one more application
 * and database on every build. Those below have a reason; a new one fails here until it is given
 * one. Usually it need not: a test can use offices of its own in the shared database instead.
 * Computed from Spring's own cache key (the merged context configuration); nothing is started.
 */
class ApplicationContextsTest {

    /** A test class of each configuration allowed besides the shared one, and why it needs its own. */
    static final Map<String, String> OWN_APPLICATIONS = Map.ofEntries(
            Map.entry("audit.AuditTamperingTests", "a data directory the test knows, to tamper with the checkpoint file"),
            Map.entry("database.internal.DatabaseOutageTests", "stops the database and watches the application ride it out"),
            Map.entry("demo.DemoDataTests", "the demo loaded at start"),
            Map.entry("shell.AccessibilityBrowserTests", "the demo with a record of every page type added (issue 16, point 7), apart from DemoDataTests' counts"),
            Map.entry("shell.BadInputTests", "the demo, changed by the bad-input corpus, apart from DemoDataTests' counts"),
            Map.entry("identity.LoginRateLimitTests", "a low sign-in rate limit"),
            Map.entry("initiative.InitiativeServiceTests", "issue 15's tests make offices of their own (InitiativeFixtures.OWN_DATABASE)"),
            Map.entry("identity.SingleSignOnTests", "an OpenID provider of the test on a port known only at run time"),
            Map.entry("meeting.MeetingTests", "an SMTP server of the test (GreenMail) on a free port"),
            Map.entry("meeting.OfficeContactsTests", "an SMTP server of the test and the Cabinet Division's configured address"),
            Map.entry("reminder.ReminderTests", "an SMTP server of the test (GreenMail) on a free port, stopped and started, and a deadline source of the test"),
            Map.entry("plan.PlanTests", "the plan tests' divisions, districts, upazilas and ministries (PlanFixtures.OWN_DATABASE) would change the "
                    + "registry's counts the office tests check; and seed 004's 2023-24 ministry template published for PlanPaperTests' plan, which PlanTemplateTests imports as a first draft"),
            Map.entry("storage.internal.StorageOnS3Tests", "the files on an S3-compatible server of the test (S3Mock) on a port known only at run time"),
            Map.entry("supervision.SupervisionReadSideTests", "issue 16's tests make offices of their own (udbhabon.test.own-database=issue16)"),
            Map.entry("shell.CsvFormulaTests", "its upazilas would change the registry counts OfficeApiTests checks"),
            Map.entry("team.NotificationPagesTests", "changes the rules in force (with NotificationBrowserTests, PoliciesCacheTests)"),
            Map.entry("team.TeamIssuingTests", "seed 001's posts and memo file, and a hundred upazilas"));

    @Test
    void everyApplicationBesidesTheSharedOneHasAReason() throws Exception {
        Map<MergedContextConfiguration, List<String>> byConfiguration = new LinkedHashMap<>();
        List<String> dirtying = new ArrayList<>();
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(IntegrationTest.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents("bd.udbhabon")) {
            Class<?> test = Class.forName(candidate.getBeanClassName(), false, getClass().getClassLoader());
            String name = test.getName().substring("bd.udbhabon.".length());
            byConfiguration.computeIfAbsent(BootstrapUtils.resolveTestContextBootstrapper(test).buildMergedContextConfiguration(),
                    key -> new ArrayList<>()).add(name);
            if (MergedAnnotations.from(test, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY).isPresent(DirtiesContext.class)) {
                dirtying.add(name);
            }
        }
        List<List<String>> groups = byConfiguration.values().stream().sorted(Comparator.comparingInt(List<String>::size).reversed()).toList();
        assertThat(groups).as("integration tests").isNotEmpty();
        List<String> unexplained = new ArrayList<>();
        for (List<String> own : groups.subList(1, groups.size())) {
            if (own.stream().noneMatch(OWN_APPLICATIONS::containsKey)) {
                unexplained.add(String.join(", ", new TreeSet<>(own)));
            }
        }
        dirtying.stream().filter(name -> !OWN_APPLICATIONS.containsKey(name)).forEach(name -> unexplained.add(name + " (@DirtiesContext)"));
        assertThat(unexplained).as("test classes that start an application of their own (%d besides the shared one, of %d "
                + "test classes): use the shared one, or say why in OWN_APPLICATIONS", groups.size() - 1,
                byConfiguration.values().stream().mapToInt(List::size).sum()).isEmpty();
        assertThat(groups.size() - 1).as("applications besides the shared one; a reason no longer needed goes")
                .isEqualTo(OWN_APPLICATIONS.size());
    }
}
