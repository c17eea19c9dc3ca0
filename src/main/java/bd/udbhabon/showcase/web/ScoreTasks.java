package bd.udbhabon.showcase.web;

import bd.udbhabon.access.Permission;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeTask;
import bd.udbhabon.office.OfficeTasks;
import bd.udbhabon.showcase.internal.ShowcaseScoring;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A judge's start page: at the office they judge for, each showcase being scored with the entries they have left,
 * linking to their score page. A judge often sits at an office that cannot read the organiser's records (an
 * upazila's officer judging the district's showcase), so this is how they find it.
 */
@Component
class ScoreTasks implements OfficeTasks {

    private final ShowcaseScoring scoring;

    ScoreTasks(ShowcaseScoring scoring) {
        this.scoring = scoring;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public List<OfficeTask> tasks(Office office, LocalDate today) {
        return scoring.waiting(office.id()).stream().map(w -> new OfficeTask("showcase.task.score", w.left(), w.showcase().heldOn(),
                w.showcase().titleBn(), w.showcase().titleEn(), "/offices/" + w.showcase().officeId() + "/showcases/" + w.showcase().id()
                + "/score", "showcase-score-task-" + w.showcase().id(), Permission.READ_RECORDS)).toList();
    }
}
