package bd.udbhabon.reminder.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.shell.UnreadCount;
import org.springframework.stereotype.Component;

/** The header's count of the signed-in user's unread notifications: one indexed count, asked only by pages that show it. */
@Component
class HeaderCount implements UnreadCount {

    private final Notifications notifications;
    private final AccessPolicy access;

    HeaderCount(Notifications notifications, AccessPolicy access) {
        this.notifications = notifications;
        this.access = access;
    }

    @Override
    public long unread() {
        return access.accountId().map(notifications::unread).orElse(0L);
    }
}
