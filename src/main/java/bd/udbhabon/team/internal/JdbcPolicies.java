package bd.udbhabon.team.internal;

import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.people.Grade;
import bd.udbhabon.people.Subject;
import bd.udbhabon.people.TeachingLevel;
import bd.udbhabon.team.Cadence;
import bd.udbhabon.team.FormingAuthority;
import bd.udbhabon.team.LevelRules;
import bd.udbhabon.team.Notification;
import bd.udbhabon.team.Policies;
import bd.udbhabon.team.Requirement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the notifications with their level rules, requirements and duties: four queries in all. */
@Repository
class JdbcPolicies implements Policies {

    private final JdbcClient jdbc;

    JdbcPolicies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Head(long id, String titleBn, String titleEn, String memo, LocalDate issued, LocalDate effective,
                        Cadence cadence) {
    }

    @Override
    public List<Notification> all() {
        List<Head> heads = jdbc.sql("""
                        select id, title_bn, title_en, memo_number, issued_on, effective_from, cadence
                        from notification order by effective_from desc, id desc""")
                .query((rs, i) -> new Head(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), Cadence.valueOf(rs.getString(7))))
                .list();
        Map<Long, List<String>> duties = new HashMap<>();
        jdbc.sql("select notification_id, text_bn from notification_duty order by notification_id, serial")
                .query(rs -> {
                    duties.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<String, List<Requirement>> requirements = new HashMap<>();
        jdbc.sql("""
                        select notification_id, level, description_bn, description_en, min_count, max_count, grades,
                               ict_or_planning_wing, skills_development, teaching_levels, subjects, of_another_office
                        from notification_requirement order by notification_id, level, position""")
                .query(rs -> {
                    requirements.computeIfAbsent(rs.getLong(1) + "/" + rs.getString(2), k -> new ArrayList<>()).add(
                            new Requirement(rs.getString(3), rs.getString(4), rs.getInt(5), (Integer) rs.getObject(6),
                                    enums(rs.getArray(7), Grade::valueOf), (Boolean) rs.getObject(8), (Boolean) rs.getObject(9),
                                    enums(rs.getArray(10), TeachingLevel::valueOf), enums(rs.getArray(11), Subject::valueOf),
                                    (Boolean) rs.getObject(12)));
                });
        Map<Long, Map<OfficeLevel, LevelRules>> levels = new HashMap<>();
        jdbc.sql("""
                        select notification_id, level, head_title_bn, head_title_en, head_rule_bn, head_rule_en, head_grades,
                               min_members, max_members, forming_authority, forming_rule_bn, forming_rule_en
                        from notification_level""")
                .query(rs -> {
                    OfficeLevel level = OfficeLevel.valueOf(rs.getString(2));
                    levels.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(OfficeLevel.class)).put(level, new LevelRules(
                            level, rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            enums(rs.getArray(7), Grade::valueOf), rs.getInt(8), (Integer) rs.getObject(9),
                            FormingAuthority.valueOf(rs.getString(10)), rs.getString(11), rs.getString(12),
                            requirements.getOrDefault(rs.getLong(1) + "/" + rs.getString(2), List.of())));
                });
        return heads.stream().map(h -> new Notification(h.id(), h.titleBn(), h.titleEn(), h.memo(), h.issued(), h.effective(),
                h.cadence(), duties.getOrDefault(h.id(), List.of()), levels.getOrDefault(h.id(), Map.of()))).toList();
    }

    @Override
    public Optional<Notification> find(long id) {
        return all().stream().filter(n -> n.id() == id).findFirst();
    }

    private static <E extends Enum<E>> Set<E> enums(Array array, Function<String, E> parse) throws SQLException {
        if (array == null) {
            return null;
        }
        return Arrays.stream((String[]) array.getArray()).map(parse).collect(Collectors.toUnmodifiableSet());
    }

}
