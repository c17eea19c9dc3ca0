package bd.udbhabon.training.web;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.HeldRole;
import bd.udbhabon.access.Permission;
import bd.udbhabon.initiative.Initiative;
import bd.udbhabon.initiative.InitiativePageLinks;
import bd.udbhabon.training.Training;
import bd.udbhabon.training.internal.TrainingService;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * On an initiative's page (order 600): the latest learning session held after visiting it that the user may
 * read, and, for a user who writes an office's records, "hold a learning session on it" in their first such
 * office (seed 004 [২.২.৩]: a learning session in one's own office after visiting an innovation).
 */
@Component
class LearningSessionLinks implements InitiativePageLinks {

    private final TrainingService trainings;
    private final AccessPolicy access;

    LearningSessionLinks(TrainingService trainings, AccessPolicy access) {
        this.trainings = trainings;
        this.access = access;
    }

    @Override
    public List<Link> links(Initiative initiative) {
        List<Link> links = new ArrayList<>();
        trainings.followingInitiative(initiative.id()).stream()
                .filter(t -> access.allows(Permission.READ_RECORDS, t.officeId())).findFirst()
                .ifPresent(t -> links.add(new Link(600, page(t), "training.initiativeLink.held", "learning-session-held",
                        Permission.READ_RECORDS, t.officeId())));
        access.heldRoles().stream().map(HeldRole::officeId).distinct()
                .filter(office -> access.allows(Permission.WRITE_RECORDS, office)).findFirst()
                .ifPresent(office -> links.add(new Link(601, "/offices/" + office + "/trainings/new?kind=LEARNING_SESSION&initiative="
                        + initiative.id(), "training.initiativeLink.hold", "learning-session-hold", Permission.WRITE_RECORDS, office)));
        return links;
    }

    private static String page(Training t) {
        return "/offices/" + t.officeId() + "/trainings/" + t.id();
    }
}
