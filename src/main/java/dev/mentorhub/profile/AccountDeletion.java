package dev.mentorhub.profile;

import dev.mentorhub.block.BlockService;
import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberRepository;
import dev.mentorhub.notification.Notifications;
import dev.mentorhub.notification.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * "Delete my account": erases the profile (with its skills, goals, languages, availability and links), the mail
 * sent to the member, their in-app notifications and the blocks they made or received, and anonymises the member
 * row, which stays only so aggregate counts remain right.
 * Later features that store personal data erase theirs here too. Fires {@link ProfileChanged}, so the member leaves
 * the matching index once the deletion has committed.
 */
@ApplicationScoped
public class AccountDeletion {

    private final ProfileRepository profiles;
    private final MemberRepository members;
    private final Outbox outbox;
    private final BlockService blocks;
    private final Notifications notifications;
    private final Event<ProfileChanged> changes;
    private final Clock clock;

    AccountDeletion(ProfileRepository profiles, MemberRepository members, Outbox outbox, BlockService blocks,
            Notifications notifications,
            Event<ProfileChanged> changes, Clock clock) {
        this.profiles = profiles;
        this.members = members;
        this.outbox = outbox;
        this.blocks = blocks;
        this.notifications = notifications;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public void delete(Member me) {
        profiles.deleteById(me.id());
        outbox.forget(me.id());
        blocks.forget(me.id());
        notifications.forget(me.id());
        members.findByIdOptional(me.id()).ifPresent(m -> m.anonymise(clock.instant()));
        changes.fire(new ProfileChanged(me.id()));
    }
}
