package bd.udbhabon.team.internal;

import bd.udbhabon.inbox.ExpectedItems;
import bd.udbhabon.team.TeamCompliance;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the inbox expects of teams (issue 16, point 4; §৪ of the notification): every office of a counted level in
 * the scope whose team is not formed or not re-formed under the notification in force, and every team order in
 * effect the Cabinet Division was not informed of (neither issued through the product, which delivers it to the
 * Cabinet Division's inbox, nor recorded as informed). One query over {@code office_scope}'s level index.
 */
@Component
class TeamOrdersExpected implements ExpectedItems {

    private static final List<String> LEVELS = TeamCompliance.COUNTED.stream().map(Enum::name).sorted().toList();

    private final JdbcClient jdbc;

    TeamOrdersExpected(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Expected> missing(long ancestorId, LocalDate today) {
        return jdbc.sql("""
                        with in_force as (
                            select id, title_bn, title_en, effective_from from notification
                            where effective_from <= :today order by effective_from desc, id desc limit 1
                        )
                        select s.office_id, n.title_bn, n.title_en, n.effective_from, t.issued_on,
                               case when t.id is null then 'NONE' when c.formed_under is distinct from n.id then 'OLDER'
                                    else 'NOT_INFORMED' end as why
                        from office_scope s
                        cross join in_force n
                        left join team_compliance c on c.office_id = s.office_id
                        left join team_order t on t.id = c.order_id
                        where s.ancestor_id = :ancestor and s.level in (:levels)
                          and (t.id is null or c.formed_under is distinct from n.id
                               or (t.cabinet_informed_on is null and t.paper_id is null))
                        order by s.office_id""")
                .param("today", today).param("ancestor", ancestorId).param("levels", LEVELS)
                .query((rs, row) -> {
                    long office = rs.getLong("office_id");
                    String link = "/offices/" + office + "/team";
                    LocalDate inForce = rs.getObject("effective_from", LocalDate.class);
                    return switch (rs.getString("why")) {
                        case "NONE" -> new Expected(office, "team-order", "টিম গঠিত হয়নি: " + rs.getString("title_bn"),
                                "No team formed under: " + rs.getString("title_en"), inForce, link);
                        case "OLDER" -> new Expected(office, "team-order", "টিম পুনর্গঠিত হয়নি: " + rs.getString("title_bn"),
                                "Team not re-formed under: " + rs.getString("title_en"), inForce, link);
                        default -> new Expected(office, "team-order", "টিম গঠনের আদেশ মন্ত্রিপরিষদ বিভাগকে অবহিত করা হয়নি",
                                "The Cabinet Division not informed of the team order", rs.getObject("issued_on", LocalDate.class), link);
                    };
                })
                .list();
    }
}
