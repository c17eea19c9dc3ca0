package bd.udbhabon.showcase.internal;

import bd.udbhabon.shell.Transitions;
import bd.udbhabon.showcase.ShowcaseStatus;

/**
 * A showcase's steps as one transition table: it is set up (what it says, criteria, entries, judges) while a
 * draft; scoring opens once; judges score and the organiser chooses the best while it is scored; publishing
 * issues the result and ends it. What it is called, when and where may change until it is published.
 */
public final class ShowcaseWorkflow {

    public enum Step { EDIT, SET_UP, OPEN_SCORING, SCORE, SELECT, PUBLISH }

    public static final Transitions<ShowcaseStatus, Step> TRANSITIONS = Transitions.of(ShowcaseStatus.class, Step.class)
            .allow(Step.EDIT, ShowcaseStatus.DRAFT, ShowcaseStatus.DRAFT)
            .allow(Step.EDIT, ShowcaseStatus.SCORING, ShowcaseStatus.SCORING)
            .refuse(Step.EDIT, "showcase.error.published")
            .allow(Step.SET_UP, ShowcaseStatus.DRAFT, ShowcaseStatus.DRAFT)
            .refuse(Step.SET_UP, "showcase.error.setUpFixed")
            .allow(Step.OPEN_SCORING, ShowcaseStatus.DRAFT, ShowcaseStatus.SCORING)
            .refuse(Step.OPEN_SCORING, "showcase.error.scoringOpen")
            .allow(Step.SCORE, ShowcaseStatus.SCORING, ShowcaseStatus.SCORING)
            .refuse(Step.SCORE, "showcase.error.notScoring")
            .allow(Step.SELECT, ShowcaseStatus.SCORING, ShowcaseStatus.SCORING)
            .refuse(Step.SELECT, "showcase.error.notScoring")
            .allow(Step.PUBLISH, ShowcaseStatus.SCORING, ShowcaseStatus.PUBLISHED)
            .refuse(Step.PUBLISH, "showcase.error.notScoring")
            .refuse(Step.PUBLISH, ShowcaseStatus.PUBLISHED, "showcase.error.published")
            .build();

    private ShowcaseWorkflow() {
    }
}
