package dev.mentorhub.notification;

import dev.mentorhub.member.DeletedMember;
import dev.mentorhub.member.Member;
import dev.mentorhub.member.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;

/** A member's in-app notifications and the mail addressed to them, for the data export and account deletion. */
@ApplicationScoped
class NotificationPersonalData implements PersonalData {

    private final Notifications notifications;
    private final Outbox outbox;

    NotificationPersonalData(Notifications notifications, Outbox outbox) {
        this.notifications = notifications;
        this.outbox = outbox;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Object> export(Member me) {
        return Map.of("notifications", notifications.all(me), "mails", outbox.addressedTo(me.id(), me.email()));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(DeletedMember deleted) {
        notifications.forget(deleted.id());
        outbox.forget(deleted.id(), deleted.email());
    }
}
