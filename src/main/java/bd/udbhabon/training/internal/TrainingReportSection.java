package bd.udbhabon.training.internal;

import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.Office;
import bd.udbhabon.report.ReportSection;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The trainings' section of the annual report (issue 16, point 1): the trainings, workshops and learning sessions the
 * office held in the year and how many took part, as a chart by kind.
 */
@Component
class TrainingReportSection implements ReportSection {

    private final JdbcClient jdbc;

    TrainingReportSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Held(int trainings, int workshops, int sessions, int participants) {
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public Optional<Part> draft(Office office, FiscalYear year, LocalDate today) {
        Held held = jdbc.sql("""
                        select count(*) filter (where kind = 'TRAINING')::int as trainings,
                               count(*) filter (where kind = 'WORKSHOP')::int as workshops,
                               count(*) filter (where kind = 'LEARNING_SESSION')::int as sessions,
                               coalesce(sum((select count(*) from training_participant p where p.training_id = t.id)), 0)::int as participants
                        from training t where t.office_id = ? and t.held_on between ? and ?""")
                .params(office.id(), year.start(), year.end()).query(Held.class).single();
        if (held.trainings() + held.workshops() + held.sessions() == 0) {
            return Optional.empty();
        }
        String text = "অর্থবছরে " + bn(held.trainings()) + "টি প্রশিক্ষণ, " + bn(held.workshops()) + "টি কর্মশালা ও "
                + bn(held.sessions()) + "টি অভিজ্ঞতা বিনিময় (শিখন) সেশন আয়োজন করা হয়েছে; মোট অংশগ্রহণকারী "
                + bn(held.participants()) + " জন।";
        return Optional.of(new Part("trainings", "প্রশিক্ষণ ও কর্মশালা", "Trainings and workshops", text,
                List.of(new Figure("প্রশিক্ষণ", "Trainings", held.trainings(), null),
                        new Figure("কর্মশালা", "Workshops", held.workshops(), null),
                        new Figure("শিখন সেশন", "Learning sessions", held.sessions(), null),
                        new Figure("অংশগ্রহণকারী", "Participants", held.participants(), null)),
                List.of(new Bar("প্রশিক্ষণ", "Trainings", held.trainings()), new Bar("কর্মশালা", "Workshops", held.workshops()),
                        new Bar("শিখন সেশন", "Learning sessions", held.sessions()))));
    }

    private static String bn(long n) {
        return BanglaDigits.toBangla(n);
    }
}
