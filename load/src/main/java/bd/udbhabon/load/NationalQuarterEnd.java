package bd.udbhabon.load;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The national quarter-end's data set, written with plain SQL straight into the running application's
 * (embedded) database, as the benchmarks' {@code NationalRegistry} builds its registry: the registry the
 * application loaded at its first start (the Cabinet Division, 8 divisions, 64 districts, 494 upazilas)
 * completed to 24,067 offices (60 ministries, 400 directorates, 360 directorates' offices in each of the
 * 64 districts); for every office level a published template of 20 indicators (two sections, 30 + 20 = 50);
 * for every office but the Cabinet Division an issued plan on it (version 1, approved and issued under a
 * memo number); an account per office, its team head (who saves progress, submits the office's report and
 * reviews the reports of the offices below), all with one password; and one open decision per office whose
 * progress it may report (the stand-in scenario while the plan's pages are not merged).
 * <p>
 * Nothing here exists in the application: no endpoint, no profile. Writes {@code offices.csv} for the
 * simulation: each office with its account, where its report goes (line parent, else administrative
 * parent, else the Cabinet Division, as {@code plan.internal.ReportingLine}) and that office's account,
 * whole superiors' groups in a fixed pseudo-random order, so that any first N rows are a sample of the
 * whole country with as many superiors signing in per office as in the country.
 * <p>
 * Arguments: {@code jdbcUrl passwordFile outputDir fiscalYear}.
 */
public final class NationalQuarterEnd {

    public static final long OFFICES = 24_067;

    private NationalQuarterEnd() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: NationalQuarterEnd jdbcUrl passwordFile outputDir fiscalYear");
        }
        String password = Files.readString(Path.of(args[1])).strip();
        Path out = Path.of(args[2]);
        int year = Integer.parseInt(args[3]);
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(args[0], "postgres", password)) {
            db.setAutoCommit(false);
            try (Statement sql = db.createStatement()) {
                for (String statement : statements(year)) {
                    sql.execute(statement);
                }
                check(sql, "select count(*) from office", OFFICES);
                check(sql, "select count(*) from plan where fiscal_year = " + year, OFFICES - 1);
                check(sql, "select count(*) from plan_row r join plan_version v on v.id = r.plan_version_id join plan p on p.id = v.plan_id"
                        + " where p.fiscal_year = " + year, (OFFICES - 1) * 20);
                db.commit();
                sql.execute("analyze");
                Files.createDirectories(out);
                writeOffices(sql, out.resolve("offices.csv"), year);
            }
        }
        System.out.printf("national data set: %,d offices, plans, accounts and decisions in %.1f s%n", OFFICES,
                (System.nanoTime() - started) / 1e9);
    }

    private static void check(Statement sql, String count, long expected) throws SQLException {
        try (ResultSet rs = sql.executeQuery(count)) {
            rs.next();
            if (rs.getLong(1) != expected) {
                throw new IllegalStateException(count + ": " + rs.getLong(1) + ", expected " + expected);
            }
        }
    }

    /**
     * office, its account, the superior office and its account, the office's open decision; whole superiors'
     * groups in a fixed shuffled order, so that any first N rows sign in superiors in the country's proportion
     * (533 for 24,066 offices; a sample of single offices signed in 264 for 394).
     */
    private static void writeOffices(Statement sql, Path file, int year) throws SQLException, IOException {
        try (ResultSet rs = sql.executeQuery("""
                select o.id, a.username, s.id, sa.username, d.id, o.level
                  from office o
                  join account a on a.username = 'load-' || o.id
                  join office s on s.id = coalesce(o.line_parent_id, o.admin_parent_id,
                                                   (select id from office where level = 'CABINET_DIVISION'))
                  join account sa on sa.username = 'load-' || s.id
                  join decision d on d.office_id = o.id and d.source_label_bn = 'load'
                 where o.level <> 'CABINET_DIVISION'
                 order by md5(s.id::text), md5(o.id::text)""");
             Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("office,user,superior,superiorUser,decision,level\n");
            while (rs.next()) {
                w.write(rs.getLong(1) + "," + rs.getString(2) + "," + rs.getLong(3) + "," + rs.getString(4) + ","
                        + rs.getLong(5) + "," + rs.getString(6) + "\n");
            }
        }
    }

    static List<String> statements(int year) {
        int next = year + 1;
        return List.of(
                // the registry: the reference offices the application loaded, then the line hierarchy and the field offices
                """
                do $$ begin
                  if (select count(*) from office) <> 567 then
                    raise exception 'expected the 567 reference offices of a fresh start, found %', (select count(*) from office);
                  end if;
                end $$""",
                """
                insert into office (ref, level, name_bn, name_en, line_parent_id)
                select 'min:' || g, 'MINISTRY', 'মন্ত্রণালয় ' || g, 'Ministry ' || g, (select id from office where level = 'CABINET_DIVISION')
                from generate_series(1, 60) g""",
                """
                insert into office (ref, level, name_bn, name_en, line_parent_id)
                select 'dir:' || g, 'DIRECTORATE', 'অধিদপ্তর ' || g, 'Directorate ' || g, (select id from office where ref = 'min:' || (1 + g % 60))
                from generate_series(1, 400) g""",
                """
                insert into office (level, name_bn, name_en, line_parent_id, admin_parent_id)
                select 'OTHER', 'অধিদপ্তর ' || d || ', জেলা কার্যালয় ' || dist.place_bn, 'Directorate ' || d || ', district office ' || dist.place_en,
                       dir.id, dist.id
                from generate_series(1, 360) d join office dir on dir.ref = 'dir:' || d
                cross join (select id, place_bn, place_en from office where level = 'DISTRICT') dist""",
                // a published template per level: 2 sections (30 + 20), 4 activities each, 12 + 8 indicators of 2.5
                "create temporary table load_level (level text) on commit drop",
                "insert into load_level values ('MINISTRY'), ('DIRECTORATE'), ('DIVISION'), ('DISTRICT'), ('UPAZILA'), ('OTHER')",
                "insert into plan_template (fiscal_year, office_level) select " + year + ", level from load_level",
                """
                insert into plan_template_version (template_id, version, status, title_bn, title_en, total_weight)
                select id, 1, 'DRAFT', 'ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা', 'E-governance and innovation action plan', 50
                from plan_template where fiscal_year = %d""".formatted(year),
                """
                insert into plan_section (version_id, section_no, title_bn, weight)
                select v.id, s.no, s.title, s.weight
                from plan_template_version v join plan_template t on t.id = v.template_id and t.fiscal_year = %d
                cross join (values (1, 'প্রাতিষ্ঠানিক ব্যবস্থাপনা', 30), (2, 'সক্ষমতা বৃদ্ধি', 20)) s(no, title, weight)""".formatted(year),
                """
                insert into plan_activity (section_id, activity_no, title_bn)
                select s.id, a, 'কার্যক্রম ' || s.section_no || '.' || a
                from plan_section s join plan_template_version v on v.id = s.version_id
                join plan_template t on t.id = v.template_id and t.fiscal_year = %d
                cross join generate_series(1, 4) a""".formatted(year),
                """
                insert into plan_indicator (activity_id, indicator_no, title_bn, unit, calculation, weight, targets, target_dates, evidence_bn)
                select a.id, i, 'সূচক ' || s.section_no || '.' || a.activity_no || '.' || i, u.unit,
                       case u.unit when 'COUNT' then 'SUM' when 'PERCENT' then 'AVERAGE' when 'DATE' then 'DATE' else 'CUMULATIVE' end,
                       2.5,
                       case u.unit when 'COUNT' then array[10, 9, 8, 7, 6]::numeric[]
                                   when 'PERCENT' then array[100, 90, 80, 70, 60]::numeric[] end,
                       case u.unit when 'DATE' then array[date '%1$d-03-31', date '%1$d-04-15', date '%1$d-04-30', date '%1$d-05-15',
                                                          date '%1$d-05-31'] end,
                       'প্রতিবেদন, ছবি'
                from plan_activity a join plan_section s on s.id = a.section_id
                join plan_template_version v on v.id = s.version_id join plan_template t on t.id = v.template_id and t.fiscal_year = %2$d
                cross join generate_series(1, case s.section_no when 1 then 3 else 2 end) i
                cross join lateral (select case when s.section_no = 1 and a.activity_no = 4 and i = 3 then 'DATE'
                                                when s.section_no = 2 and a.activity_no = 4 and i = 2 then 'DATE'
                                                when s.section_no = 1 and a.activity_no = 2 and i = 3 then 'YES_NO'
                                                when s.section_no = 2 and a.activity_no = 2 and i = 2 then 'YES_NO'
                                                when i %% 2 = 1 then 'PERCENT' else 'COUNT' end as unit) u"""
                        .formatted(next, year),
                """
                update plan_template_version v set status = 'PUBLISHED', published_at = now()
                from plan_template t where t.id = v.template_id and t.fiscal_year = %d""".formatted(year),
                // an issued plan per office (not the Cabinet Division's own), version 1 with the template's rows and targets
                """
                insert into plan (office_id, fiscal_year, template_version_id)
                select o.id, %1$d, v.id from office o
                join plan_template t on t.office_level = o.level and t.fiscal_year = %1$d
                join plan_template_version v on v.template_id = t.id""".formatted(year),
                "insert into plan_version (plan_id, version, status) select id, 1, 'DRAFT' from plan where fiscal_year = " + year,
                """
                insert into plan_row (plan_version_id, section_no, activity_no, indicator_no, indicator_id, targets, target_dates)
                select pv.id, s.section_no, a.activity_no, i.indicator_no, i.id, i.targets, i.target_dates
                from plan_version pv join plan p on p.id = pv.plan_id and p.fiscal_year = %d
                join plan_section s on s.version_id = p.template_version_id
                join plan_activity a on a.section_id = s.id join plan_indicator i on i.activity_id = a.id""".formatted(year),
                """
                insert into memo_file (office_id, file_number, subject_bn, next_serial)
                select office_id, '99.' || office_id || '.1', 'ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা', 2 from plan where fiscal_year = %d"""
                        .formatted(year),
                """
                insert into issued_memo (memo_number, file_id, paper, issued_at)
                select f.file_number || '.1', f.id, 'plan-version:' || pv.id, timestamptz '%1$d-07-25 11:00+06'
                from plan p join plan_version pv on pv.plan_id = p.id join memo_file f on f.office_id = p.office_id and f.file_number = '99.' || p.office_id || '.1'
                where p.fiscal_year = %1$d""".formatted(year),
                """
                insert into issued_paper (office_id, memo_file_id, memo_number, issued_on, subject, pdf, docx)
                select m_f.office_id, m_f.id, m.memo_number, date '%1$d-07-25', m.paper, convert_to('%%PDF-1.4 load', 'UTF8'),
                       convert_to('PK load', 'UTF8')
                from issued_memo m join memo_file m_f on m_f.id = m.file_id where m.paper like 'plan-version:%%'""".formatted(year),
                """
                update plan_version pv set status = 'ISSUED', approval_meeting_bn = 'মাসিক সমন্বয় সভা (জুলাই)',
                       approval_meeting_on = date '%1$d-07-20', approved_on = date '%1$d-07-20', paper_id = ip.id
                from issued_paper ip where ip.subject = 'plan-version:' || pv.id""".formatted(year),
                // an account per office: its team head, with the administrator's password hash (one Argon2 hash for all)
                """
                insert into account (username, full_name_bn, full_name_en, password_hash, must_change_password, password_changed_at,
                                     home_office_id)
                select 'load-' || o.id, 'দপ্তর প্রধান ' || o.id, 'Head of office ' || o.id,
                       (select password_hash from account where username = 'admin'), false, now(), o.id
                from office o""",
                """
                insert into role_grant (account_id, office_id, role)
                select a.id, substring(a.username from 6)::bigint, 'TEAM_HEAD' from account a where a.username like 'load-%'""",
                // one open decision per office, its own, on which it reports progress with evidence (the stand-in scenario)
                """
                insert into decision (office_id, source_label_bn, taken_on, subject_bn, text_bn, due_on)
                select id, 'load', date '%1$d-10-20', 'ই-নথি', 'ই-নথিতে নিষ্পত্তির হার বাড়ানো হবে এবং অগ্রগতি প্রতি মাসে জানানো হবে।',
                       date '%2$d-06-30'
                from office""".formatted(year, next),
                """
                insert into decision_owner (decision_id, position, office_id, label_bn)
                select d.id, 1, d.office_id, o.name_bn from decision d join office o on o.id = d.office_id where d.source_label_bn = 'load'""",
                """
                insert into decision_status (decision_id, status, since, office_id)
                select id, 'NOT_STARTED', taken_on, office_id from decision where source_label_bn = 'load'""");
    }
}
