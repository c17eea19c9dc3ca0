package bd.udbhabon.reminder.web;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.SignedIn;
import bd.udbhabon.reminder.internal.Notifications;
import bd.udbhabon.shell.UserFacingException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The signed-in user's own notifications (issue 16, point 5): the list, newest first, marked read one by one or all
 * at once, and the e-mail preference per kind of deadline. Every query names the user's own account, so no one
 * reads or marks another's (a notification of another account is "not found"). Not {@code /notifications}: that
 * is team's list of government notifications (প্রজ্ঞাপন).
 */
@Controller
class MyReminderPages {

    static final int SHOWN = 200;

    private final Notifications notifications;
    private final AccessPolicy access;

    MyReminderPages(Notifications notifications, AccessPolicy access) {
        this.notifications = notifications;
        this.access = access;
    }

    private long account() {
        return access.accountId().orElseThrow(() -> UserFacingException.notFound("reminder.error.notFound"));
    }

    @GetMapping("/account/notifications")
    @SignedIn
    String list(Model model) {
        long account = account();
        model.addAttribute("notifications", notifications.of(account, SHOWN));
        model.addAttribute("unread", notifications.unread(account));
        return "reminder/notifications";
    }

    @PostMapping("/account/notifications/{notificationId}/read")
    @SignedIn
    String markRead(@PathVariable long notificationId) {
        if (!notifications.markRead(account(), notificationId)) {
            throw UserFacingException.notFound("reminder.error.notFound");
        }
        return "redirect:/account/notifications";
    }

    @PostMapping("/account/notifications/read-all")
    @SignedIn
    String markAllRead() {
        notifications.markAllRead(account());
        return "redirect:/account/notifications";
    }

    @GetMapping("/account/notifications/preferences")
    @SignedIn
    String preferences(Model model) {
        model.addAttribute("preferences", notifications.preferences(account()));
        return "reminder/preferences";
    }

    @PostMapping("/account/notifications/preferences")
    @SignedIn
    String savePreferences(@ModelAttribute PreferencesForm form) {
        long account = account();
        Set<String> on = new HashSet<>(form.emailOn());
        Map<String, Boolean> choice = new LinkedHashMap<>();
        // only the kinds the page offered: a posted name of no kind is not stored
        Set<String> offered = notifications.preferences(account).keySet();
        for (String kind : form.kinds()) {
            if (offered.contains(kind)) {
                choice.put(kind, on.contains(kind));
            }
        }
        notifications.savePreferences(account, choice);
        return "redirect:/account/notifications/preferences";
    }
}
