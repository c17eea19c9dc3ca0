package bd.udbhabon.team.internal;

import bd.udbhabon.notify.Mailer;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.paper.OfficialPapers;
import bd.udbhabon.paper.PaperIssued;
import bd.udbhabon.team.TeamOrder;
import bd.udbhabon.team.Teams;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.util.HtmlUtils;

/**
 * An issued team order by mail (issue 16, point 4), once the issue is committed: to the members it names who have an
 * address, and to every copy line that prints one. A mail server that is down loses nothing: the messages are
 * recorded and retried ({@code notify}). The superiors and the Cabinet Division receive it in their inboxes.
 */
@Component
class TeamOrderMail {

    private final Teams teams;
    private final OfficialPapers papers;
    private final OfficeDirectory offices;
    private final Mailer mailer;
    private final JdbcClient jdbc;

    TeamOrderMail(Teams teams, OfficialPapers papers, OfficeDirectory offices, Mailer mailer, JdbcClient jdbc) {
        this.teams = teams;
        this.papers = papers;
        this.offices = offices;
        this.mailer = mailer;
        this.jdbc = jdbc;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(PaperIssued event) {
        String subject = event.paper().subject();
        if (subject.startsWith("team-order:")) {
            mail(Long.parseLong(subject.substring("team-order:".length())), event.paper());
        }
    }

    /** The addresses the order goes to: its members' with one, then its copy lines', each once. */
    Set<String> recipients(TeamOrder order) {
        Set<String> to = new LinkedHashSet<>();
        teams.onDate(order.officeId(), order.effectiveFrom()).ifPresent(team -> team.members().stream()
                .filter(m -> m.holder() != null && m.holder().email() != null && !m.holder().email().isBlank())
                .forEach(m -> to.add(m.holder().email().strip())));
        String[] copies = jdbc.sql("select copies from team_order where id = ?").param(order.id())
                .query((rs, row) -> (String[]) rs.getArray(1).getArray()).optional().orElse(new String[0]);
        Arrays.stream(copies).map(Mailer::addressIn).flatMap(java.util.Optional::stream).forEach(to::add);
        return to;
    }

    private void mail(long orderId, OfficialPapers.IssuedPaper paper) {
        TeamOrder order = teams.order(orderId).orElse(null);
        if (order == null) {
            return;
        }
        Set<String> to = recipients(order);
        if (to.isEmpty()) {
            return;
        }
        byte[] pdf = papers.pdf(paper.id()).orElseThrow();
        Office office = offices.require(order.officeId());
        String what = office.nameBn() + "-এর ইনোভেশন টিম গঠনের অফিস আদেশ (স্মারক নং " + paper.memoNumber().format() + ")";
        String html = "<p>" + HtmlUtils.htmlEscape(office.nameBn()) + "</p><p>" + HtmlUtils.htmlEscape(what
                + " সংযুক্ত করা হলো।") + "</p>";
        Mailer.Attachment attachment = new Mailer.Attachment("team-order-" + orderId + ".pdf", "application/pdf", pdf);
        for (String address : to) {
            mailer.send(new Mailer.Message(address, what, html, List.of(attachment), "team-order-issued:" + orderId, order.officeId()));
        }
    }
}
