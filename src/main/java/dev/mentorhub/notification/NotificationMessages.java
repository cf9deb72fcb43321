package dev.mentorhub.notification;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Text of the notifications page: {@code {notifications:...}}; Chinese in messages/notifications_zh.properties. */
@MessageBundle("notifications")
public interface NotificationMessages {

    @Message("Notifications") String title();
    @Message("Mark all read") String mark_all_read();
    @Message("All notifications are marked read.") String marked();
    @Message("Nothing new. When someone sends you a request or answers yours, you will see it here.") String empty();
    @Message("new") String unread();

    @Message("""
            {#switch kind}{#case 'request-received'}{other} sent you a mentorship request\
            {#case 'request-accepted'}{other} accepted your request: your mentorship has started\
            {#case 'request-declined'}{other} declined your request\
            {#case 'request-expired'}Your request to {other} has expired\
            {#case 'request-withdrawn'}{other} withdrew their request\
            {#case 'request-reminder'}Reminder: {other} is waiting for your answer\
            {#case 'mentorship-ended'}{other} ended your mentorship\
            {#case 'session-proposed'}{other} proposed a session\
            {#case 'session-rescheduled'}{other} proposed a new time for your session\
            {#case 'session-confirmed'}{other} accepted your session\
            {#case 'session-declined'}{other} declined your session\
            {#case 'session-cancelled'}{other} cancelled your session\
            {#case 'session-reminder'}Your session with {other} starts soon\
            {#case 'mentorship-inactive'}You and {other} have not met for a while: plan a session\
            {#case 'session-feedback'}How was your session with {other}? Leave feedback\
            {#case 'event-promoted'}A seat freed up at {other}'s event: you are going\
            {#case 'event-changed'}{other} changed an event you signed up for\
            {#case 'event-cancelled'}{other} cancelled an event you signed up for\
            {#case 'event-reminder'}An event by {other} starts soon\
            {#else}{kind}{/switch}""")
    String text(String kind, String other);
}
