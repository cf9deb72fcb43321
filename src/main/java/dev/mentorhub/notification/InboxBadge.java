package dev.mentorhub.notification;

import dev.mentorhub.common.security.CurrentMember;
import io.quarkus.runtime.BlockingOperationControl;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The bell in the layout: {@code {inject:inbox.unread}}. One indexed count per page, only for signed-in members.
 * Kept here rather than in {@code common.web.Viewer} so the page chrome does not depend on a feature.
 */
@Named("inbox")
@RequestScoped
public class InboxBadge {

    private final CurrentMember currentMember;
    private final Notifications notifications;
    private Long unread;

    InboxBadge(CurrentMember currentMember, Notifications notifications) {
        this.currentMember = currentMember;
        this.notifications = notifications;
    }

    /**
     * Unread notifications of the signed-in member; 0 for visitors, and for error pages rendered on the IO thread
     * (before the request reached a worker), where the database cannot be read.
     */
    public long getUnread() {
        if (unread == null) {
            unread = currentMember.isSignedIn() && BlockingOperationControl.isBlockingAllowed()
                    ? notifications.unreadCount(currentMember.member())
                    : 0L;
        }
        return unread;
    }
}
