package bd.udbhabon.identity;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.plan.PlanFixtures;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The access matrix's part for the action plan's quarterly reports (issue 14, point 10), on the plan tests'
 * database: it makes a district beside Bogura, which would change the registry the shared database's tests count.
 */
@IntegrationTest
@TestPropertySource(properties = PlanFixtures.OWN_DATABASE)
class ReportAccessMatrixTests {

    private static final List<Role> ROLES = List.of(Role.SYSTEM_ADMIN, Role.OFFICE_ADMIN, Role.TEAM_HEAD,
            Role.MEMBER_SECRETARY, Role.TEAM_MEMBER, Role.REVIEWER, Role.AUDITOR);

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;

    /**
     * A quarterly report's review and submission by relation (issue 14, point 10): the roles held at Bogura, the
     * report of Bogura itself (own), of an upazila below it (Bogura its direct superior), of an office below that
     * upazila (Bogura its grand-superior) and of a district beside Bogura (a sibling: the same division above),
     * each acted on at Bogura's path (and Bogura's own report also at its superior's path), and anonymously.
     * Cells as above: {@code y} let in, {@code -} refused; the review is decided by the direct superior's head only.
     */
    private static final String REPORT_RELATIONS = """
            action       relation           SA    OA    TH    MS    TM    RV    AU    anon
            GET  review  own                -     -     -     -     -     -     -     -
            GET  review  own@superior       y     -     -     -     -     -     -     -
            GET  review  superior           y     y     y     y     y     y     y     -
            GET  review  grand-superior     -     -     -     -     -     -     -     -
            GET  review  sibling            -     -     -     -     -     -     -     -
            POST review  own                -     -     -     -     -     -     -     -
            POST review  own@superior       y     -     -     -     -     -     -     -
            POST review  superior           y     y     y     -     -     -     -     -
            POST review  grand-superior     -     -     -     -     -     -     -     -
            POST review  sibling            -     -     -     -     -     -     -     -
            POST submit  own                y     y     y     -     -     -     -     -
            POST submit  superior           y     -     -     -     -     -     -     -
            POST submit  grand-superior     y     -     -     -     -     -     -     -
            POST submit  sibling            y     -     -     -     -     -     -     -
            """;

    @Autowired
    bd.udbhabon.plan.PlanFixtures plans;
    @Autowired
    bd.udbhabon.plan.internal.ReportService reports;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aQuarterlyReportIsReviewedOnlyByItsDirectSuperiorsHeadAndSentOnlyByItsOwnHead() {
        var year = new bd.udbhabon.bangla.FiscalYear(2088);
        long bogura = accounts.office(OfficeLevel.DISTRICT, "Bogura");
        long division = jdbc.sql("select admin_parent_id from office where id = ?").param(bogura).query(Long.class).single();
        long sherpur = accounts.upazila(bogura, "Sherpur");
        Map<String, Long> reporting = new LinkedHashMap<>();
        reporting.put("own", bogura);
        reporting.put("superior", sherpur);
        reporting.put("grand-superior", plans.office(OfficeLevel.OTHER, sherpur, null));
        reporting.put("sibling", plans.office(OfficeLevel.DISTRICT, division, null));
        Map<String, Long> reportIds = new LinkedHashMap<>();
        reporting.forEach((relation, office) -> {
            var plan = plans.plan(office, year);
            jdbc.sql("update plan_version set status = 'APPROVED', approved_on = current_date where plan_id = ?").param(plan.id()).update();
            String head = "matrix-report-head-" + office;
            accounts.create(head, Role.TEAM_HEAD, office);
            reportIds.put(relation, accounts.as(head, () -> reports.submit(office, year, 1, null)).id());
        });

        Map<Role, Browsing> users = new EnumMap<>(Role.class);
        for (Role role : ROLES) {
            String name = "matrix-rel-" + role.name().toLowerCase().replace('_', '-');
            accounts.create(name, role, role == Role.SYSTEM_ADMIN ? accounts.cabinetDivision() : bogura);
            var user = new Browsing(port);
            user.signIn(name, TestAccounts.PASSWORD);
            user.get("/account");
            users.put(role, user);
        }
        List<String> mismatches = new ArrayList<>();
        for (String line : REPORT_RELATIONS.strip().lines().skip(1).toList()) {
            String[] cells = line.strip().split("\\s+");
            String method = cells[0];
            String relation = cells[2];
            String reportOf = relation.replace("@superior", "");
            long reportId = reportIds.get(reportOf);
            String path = switch (cells[1]) {
                case "review" -> "/offices/" + (relation.endsWith("@superior") ? division : bogura) + "/plan-reports/" + reportId;
                default -> "/offices/" + reporting.get(reportOf) + "/plans/" + year.shortLabelLatin() + "/reports/1";
            };
            // a return without its comment: those let in get the form back with the problem, nothing changes
            Map<String, String> form = cells[1].equals("review") ? Map.of("decision", "RETURN", "comment", "") : Map.of();
            for (int i = 0; i <= ROLES.size(); i++) {
                Browsing user = i < ROLES.size() ? users.get(ROLES.get(i)) : new Browsing(port);
                Browsing.Page page = method.equals("GET") ? user.get(path) : user.post(path, form);
                int status = page.status() == 302 && page.location() != null && page.location().contains("/login") ? -302 : page.status();
                boolean allowed = cells[3 + i].equals("y");
                boolean refused = status == 401 || status == 403 || status == -302;
                if (status >= 500 || allowed == refused) {
                    mismatches.add("%s %s %s as %s: %d, expected %s".formatted(method, cells[1], relation,
                            i < ROLES.size() ? ROLES.get(i).name() : "anonymous", status, allowed ? "allowed" : "refused"));
                }
            }
        }
        assertThat(mismatches).isEmpty();
        // nobody's attempt changed a report: each is still with its superior
        reportIds.values().forEach(id -> assertThat(reports.report(id).orElseThrow().status())
                .isEqualTo(bd.udbhabon.plan.PlanReport.Status.SUBMITTED));
    }

}
