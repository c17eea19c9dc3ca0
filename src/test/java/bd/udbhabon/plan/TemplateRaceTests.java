package bd.udbhabon.plan;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.IntegrationTest;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.plan.internal.TemplateFile;
import bd.udbhabon.plan.internal.TemplateRules;
import bd.udbhabon.plan.internal.TemplateService;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two first saves of a year's and level's template at once: both are saved, on the one template, none fails. */
@IntegrationTest
class TemplateRaceTests {

    @Autowired
    TemplateService templates;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twoFirstSavesAtOnceBothLandOnOneTemplate() throws Exception {
        FiscalYear year = new FiscalYear(2071);
        var checked = TemplateRules.check("ছক", "", "৫০",
                TemplateFile.csv(PlanFixtures.mowcaCsv()).lines().stream().map(TemplateFile.Line::row).toList());
        CountDownLatch start = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> await(start, () -> templates.save(year, OfficeLevel.DISTRICT, checked.content())));
        var second = CompletableFuture.supplyAsync(() -> await(start, () -> templates.save(year, OfficeLevel.DISTRICT, checked.content())));
        start.countDown();
        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);

        assertThat(jdbc.sql("select count(*) from plan_template where fiscal_year = 2071 and office_level = 'DISTRICT'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(templates.latest(year, OfficeLevel.DISTRICT)).get().extracting(PlanTemplate::status)
                .isEqualTo(PlanTemplate.Status.DRAFT);
    }

    private static <T> T await(CountDownLatch start, java.util.function.Supplier<T> action) {
        try {
            start.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return action.get();
    }
}
