package bd.udbhabon.reminder.internal;

import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.DualDate;
import bd.udbhabon.notify.Mailer;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.reminder.ReminderPolicy;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * A reminder's e-mail, in Bangla (officers read Bangla; the English title follows for the few who do not): what is
 * due, when (both calendars), how many days are left or passed, and the page where it is done.
 */
@Component
class ReminderMail {

    private final OfficeDirectory offices;
    private final ReminderProperties properties;

    ReminderMail(OfficeDirectory offices, ReminderProperties properties) {
        this.offices = offices;
        this.properties = properties;
    }

    Mailer.Message message(ReminderLedger.ToSend item, LocalDate today) {
        String when = DualDate.banglaLine(item.dueOn()) + " / " + DualDate.gregorianLine(item.dueOn());
        long days = ChronoUnit.DAYS.between(today, item.dueOn());
        String office = offices.find(item.forOfficeId()).map(Office::nameBn).orElse("");
        String subject = switch (item.step()) {
            case ReminderPolicy.ESCALATED -> "মেয়াদোত্তীর্ণ (" + office + "): " + item.titleBn();
            case ReminderPolicy.OVERDUE -> "মেয়াদোত্তীর্ণ: " + item.titleBn();
            default -> "স্মরণ: " + item.titleBn();
        };
        String state = days > 0 ? "আর " + BanglaDigits.toBangla(days) + " দিন বাকি।"
                : days == 0 ? "আজ শেষ দিন।" : BanglaDigits.toBangla(-days) + " দিন আগে মেয়াদ শেষ হয়েছে।";
        String link = properties.absolute(item.link());
        String html = "<p>" + esc(item.titleBn()) + "</p>"
                + "<p>দপ্তর: " + esc(office) + "<br>শেষ তারিখ: " + esc(when) + "<br>" + state + "</p>"
                + (ReminderPolicy.ESCALATED.equals(item.step())
                        ? "<p>অধস্তন দপ্তরের কাজটি মেয়াদোত্তীর্ণ হওয়ায় ঊর্ধ্বতন দপ্তর হিসেবে আপনাকে জানানো হলো।</p>" : "")
                + "<p><a href=\"" + esc(link) + "\">" + esc(link) + "</a></p>"
                + "<p lang=\"en\">" + esc(item.titleEn()) + "</p>"
                + "<p>উদ্ভাবন · আপনার স্মরণবার্তার পছন্দ: " + esc(properties.absolute("/account/notifications/preferences")) + "</p>";
        return new Mailer.Message(item.email(), subject, html, null, "reminder:" + item.deliveryId(), item.officeId());
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
