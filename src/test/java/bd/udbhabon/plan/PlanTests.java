package bd.udbhabon.plan;

import org.springframework.test.context.TestPropertySource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.IntegrationTest;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.plan.internal.PlanService;
import bd.udbhabon.shell.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An office's plan made from the template in force: once per year, keeping the template's version. */
@IntegrationTest
@TestPropertySource(properties = PlanFixtures.OWN_DATABASE)
class PlanTests {

    @Autowired
    PlanFixtures fixtures;
    @Autowired
    PlanService plans;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPlanIsMadeOnTheTemplateInForceWithItsTargetsAsADraft() {
        long ministry = fixtures.office(OfficeLevel.MINISTRY, null, null);
        PlanTemplate template = fixtures.template(PlanFixtures.FUTURE, OfficeLevel.MINISTRY);

        ActionPlan plan = fixtures.plan(ministry, PlanFixtures.FUTURE);

        assertThat(plan.templateVersionId()).isEqualTo(template.versionId());
        assertThat(plan.current().number()).isEqualTo(1);
        assertThat(plan.current().status()).isEqualTo(ActionPlan.Status.DRAFT);
        assertThat(plan.current().content().indicators().toList()).isEqualTo(template.indicators().toList());
        assertThat(plan.current().content().sections()).extracting(PlanTemplate.Section::weight)
                .isEqualTo(template.sections().stream().map(PlanTemplate.Section::weight).toList());
        assertThat(plans.find(ministry, PlanFixtures.FUTURE)).contains(plan);
    }

    @Test
    void aSecondPlanForTheYearAndAPlanWithoutATemplateAreRefusedInBangla() {
        long ministry = fixtures.office(OfficeLevel.MINISTRY, null, null);
        fixtures.plan(ministry, PlanFixtures.FUTURE);

        assertThatThrownBy(() -> plans.create(ministry, PlanFixtures.FUTURE))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("plan.error.planExists");
        assertThatThrownBy(() -> plans.create(ministry, new FiscalYear(2091)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("plan.error.noTemplate");
        assertThat(jdbc.sql("select count(*) from plan where office_id = ?").param(ministry).query(Long.class).single()).isEqualTo(1);
    }
}
