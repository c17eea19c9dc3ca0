package bd.udbhabon.supervision.internal;

import bd.udbhabon.bangla.Dhaka;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly rebuild (what time alone changes: a meeting period that ended without a meeting is overdue the next
 * day; a notification that came into force changes which teams are current), on one node (ShedLock); and the
 * rebuild at start-up when {@code udbhabon.supervision.rebuild-on-start} is set (the command-line switch).
 */
@Component
class NightlyRebuild {

    private final SupervisionReadSide readSide;
    private final SupervisionProperties properties;

    NightlyRebuild(SupervisionReadSide readSide, SupervisionProperties properties) {
        this.readSide = readSide;
        this.properties = properties;
    }

    @Scheduled(cron = "${udbhabon.supervision.nightly-cron:0 30 1 * * *}", zone = Dhaka.ZONE_ID)
    @SchedulerLock(name = "supervision-rebuild", lockAtMostFor = "PT2H", lockAtLeastFor = "${udbhabon.scheduling.lock-at-least-for:PT1M}")
    void run() {
        readSide.rebuild(Dhaka.today());
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (properties.rebuildOnStart()) {
            readSide.rebuild(Dhaka.today());
        }
    }
}
