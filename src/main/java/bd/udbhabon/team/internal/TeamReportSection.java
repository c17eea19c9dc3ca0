package bd.udbhabon.team.internal;

import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.Office;
import bd.udbhabon.report.ReportSection;
import bd.udbhabon.report.ReportingOffices;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The team's section of the annual report (issue 16, point 1): the team at the year's end and the orders issued in the
 * year (formed, changed, dissolved; the Cabinet Division informed); and which offices owe a report at all (those with a
 * team at some time in the year: duty ৫ is the team's).
 */
@Component
class TeamReportSection implements ReportSection, ReportingOffices {

    private final JdbcClient jdbc;

    TeamReportSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Orders(int formed, int changed, int dissolved, int informed, Integer members, String lastMemo, LocalDate lastOn) {
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Optional<Part> draft(Office office, FiscalYear year, LocalDate today) {
        Orders o = jdbc.sql("""
                        select count(*) filter (where kind = 'FORMATION' and effective_from between :from and :to) as formed,
                               count(*) filter (where kind = 'CHANGE' and effective_from between :from and :to) as changed,
                               count(*) filter (where kind = 'DISSOLUTION' and effective_from between :from and :to) as dissolved,
                               count(*) filter (where effective_from between :from and :to and cabinet_informed_on is not null) as informed,
                               (select count(*) from team_order_member m where m.order_id = (
                                   select l.id from team_order l where l.office_id = :office and l.status = 'ISSUED'
                                      and l.effective_from <= :to and l.kind <> 'DISSOLUTION'
                                   order by l.effective_from desc, l.id desc limit 1))::int as members,
                               (array_agg(memo_number order by effective_from desc, id desc)
                                   filter (where effective_from between :from and :to))[1] as last_memo,
                               max(issued_on) filter (where effective_from between :from and :to) as last_on
                        from team_order where office_id = :office and status = 'ISSUED'""")
                .param("office", office.id()).param("from", year.start()).param("to", year.end())
                .query(Orders.class).single();
        int orders = o.formed() + o.changed() + o.dissolved();
        int members = o.members() == null ? 0 : o.members();
        if (orders == 0 && members == 0) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        text.append(members > 0 ? "অর্থবছর শেষে ইনোভেশন টিমের সদস্য ছিলেন " + bn(members) + " জন।"
                : "অর্থবছর শেষে কার্যালয়ের কোনো ইনোভেশন টিম ছিল না।");
        if (orders > 0) {
            text.append(" অর্থবছরে টিম সংক্রান্ত ").append(bn(orders)).append("টি অফিস আদেশ জারি করা হয়েছে");
            if (o.lastMemo() != null) {
                text.append(" (সর্বশেষ স্মারক নং ").append(BanglaDigits.toBangla(o.lastMemo())).append(")");
            }
            text.append("; মন্ত্রিপরিষদ বিভাগকে অবহিত করা হয়েছে ").append(bn(o.informed())).append("টির বিষয়ে।");
        } else {
            text.append(" অর্থবছরে টিম সংক্রান্ত নতুন কোনো অফিস আদেশ জারি করা হয়নি।");
        }
        return Optional.of(new Part("team", "ইনোভেশন টিম ও অফিস আদেশ", "The innovation team and its orders", text.toString(),
                List.of(new Figure("অর্থবছর শেষে টিমের সদস্য", "Team members at the year's end", members, null),
                        new Figure("টিম গঠনের আদেশ", "Orders forming the team", o.formed(), null),
                        new Figure("টিম পুনর্গঠন / পরিবর্তনের আদেশ", "Orders changing the team", o.changed(), null),
                        new Figure("টিম বিলুপ্তির আদেশ", "Orders dissolving the team", o.dissolved(), null),
                        new Figure("মন্ত্রিপরিষদ বিভাগকে অবহিত", "Cabinet Division informed", o.informed(), (long) orders)),
                List.of()));
    }

    @Override
    public Set<Long> obliged(FiscalYear year, Collection<Long> officeIds) {
        String sql = """
                select distinct o.office_id from team_order o
                where o.status = 'ISSUED' and o.kind <> 'DISSOLUTION' and o.effective_from <= :to
                  and not exists (select 1 from team_order d where d.office_id = o.office_id and d.status = 'ISSUED'
                                  and d.kind = 'DISSOLUTION' and d.effective_from > o.effective_from and d.effective_from < :from)""";
        if (officeIds != null && officeIds.isEmpty()) {
            return Set.of();
        }
        var query = officeIds == null ? jdbc.sql(sql)
                : jdbc.sql(sql + " and o.office_id = any(:offices)").param("offices", officeIds.stream().mapToLong(Long::longValue).toArray());
        return new HashSet<>(query.param("from", year.start()).param("to", year.end()).query(Long.class).list());
    }

    private static String bn(long n) {
        return BanglaDigits.toBangla(n);
    }
}
