package bd.udbhabon.team.internal;

import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.people.PostsChanged;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What keeps {@code team_compliance} true besides issuing: a post's holder or details changing
 * (in the change's own transaction), and the passing of days (orders, holdings and notifications
 * dated today take effect), once a day just after midnight in Dhaka (on one node: ShedLock) and at
 * start-up when the table was judged on an earlier day.
 */
@Component
class ComplianceTriggers {

    private static final Logger log = LoggerFactory.getLogger(ComplianceTriggers.class);
    private final ComplianceUpdater updater;

    ComplianceTriggers(ComplianceUpdater updater) {
        this.updater = updater;
    }

    @EventListener
    void postsChanged(PostsChanged event) {
        updater.refreshPosts(event.postIds());
    }

    @Scheduled(cron = "${udbhabon.team.compliance-refresh-cron:0 5 0 * * *}", zone = Dhaka.ZONE_ID)
    @SchedulerLock(name = "team-compliance-refresh", lockAtMostFor = "PT1H", lockAtLeastFor = "${udbhabon.scheduling.lock-at-least-for:PT1M}")
    void daily() {
        int offices = updater.refreshAll();
        log.info("Team compliance refreshed for {} offices", offices);
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        if (updater.stale()) {
            int offices = updater.refreshAll();
            log.info("Team compliance was judged on an earlier day; refreshed for {} offices", offices);
        }
    }
}
