package bd.udbhabon.training.internal;

import bd.udbhabon.initiative.RollUpLines;
import bd.udbhabon.training.TrainingFacts;
import bd.udbhabon.training.TrainingKind;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The trainings of an office's scope on the initiatives' roll-up (issue 15, point 9): held by kind, their days, participants. */
@Component
class TrainingRollUpLines implements RollUpLines {

    private final TrainingFacts facts;

    TrainingRollUpLines(TrainingFacts facts) {
        this.facts = facts;
    }

    @Override
    public List<Line> over(long officeId) {
        TrainingFacts.Tally tally = facts.inScope(officeId, null, null);
        List<Line> lines = new ArrayList<>();
        for (TrainingKind kind : TrainingKind.values()) {
            lines.add(new Line(kind.nameBn() + " (আয়োজিত)", kind.nameEn() + " (held)", tally.held(kind)));
        }
        lines.add(new Line("প্রশিক্ষণ, কর্মশালা ও লার্নিং সেশনের মোট দিন", "Days of trainings, workshops and learning sessions", tally.days()));
        lines.add(new Line("অংশগ্রহণকারী (মোট)", "Participants (in all)", tally.participants()));
        return lines;
    }
}
