package bd.udbhabon.people.internal;

import bd.udbhabon.people.Grade;
import bd.udbhabon.people.Holding;
import bd.udbhabon.people.Officer;
import bd.udbhabon.people.Post;
import bd.udbhabon.people.Subject;
import bd.udbhabon.people.TeachingLevel;
import bd.udbhabon.people.Wing;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Rows of the people tables as the module's records. */
final class Rows {

    static final String POST_COLUMNS = """
            p.id, p.office_id, p.title_bn, p.title_en, p.grade, p.wing, p.teaching_level, p.subject,
            p.of_another_office, p.active, p.skills_development""";
    static final String OFFICER_COLUMNS = "o.id, o.name_bn, o.name_en, o.email, o.phone, o.skills_development, o.office_id";
    static final String HOLDING_COLUMNS = "h.post_id, h.officer_id, h.held_from, h.held_until, h.additional_charge";

    private Rows() {
    }

    static Post post(ResultSet rs, int row) throws SQLException {
        String level = rs.getString("teaching_level");
        String subject = rs.getString("subject");
        return new Post(rs.getLong("id"), rs.getLong("office_id"), rs.getString("title_bn"), rs.getString("title_en"),
                Grade.valueOf(rs.getString("grade")), Wing.valueOf(rs.getString("wing")),
                level == null ? null : TeachingLevel.valueOf(level), subject == null ? null : Subject.valueOf(subject),
                rs.getBoolean("of_another_office"), rs.getBoolean("active"), rs.getBoolean("skills_development"));
    }

    static Officer officer(ResultSet rs, int row) throws SQLException {
        return new Officer(rs.getLong("id"), rs.getString("name_bn"), rs.getString("name_en"), rs.getString("email"),
                rs.getString("phone"), rs.getBoolean("skills_development"), rs.getLong("office_id"));
    }

    static Holding holding(ResultSet rs, int row) throws SQLException {
        Date until = rs.getDate("held_until");
        return new Holding(rs.getLong("post_id"), rs.getLong("officer_id"), rs.getDate("held_from").toLocalDate(),
                until == null ? null : until.toLocalDate(), rs.getBoolean("additional_charge"));
    }
}
