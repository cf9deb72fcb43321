package dev.mentorhub.profile;

import dev.mentorhub.audit.AuditLog;
import dev.mentorhub.member.DeletedMember;
import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberRepository;
import dev.mentorhub.member.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * "Delete my account", in one transaction. First every feature that holds personal data ({@link PersonalData})
 * locks what others may be changing for the member right now. Then the profile (with its skills, goals, languages,
 * availability and links) is deleted, the member row anonymised, and every feature erases its part: pending requests
 * withdrawn or declined and active mentorships ended (the other side is told, as "Deleted member"), request texts
 * scrubbed, programs left and their answers and org-chart fields cleared, invitations, mail, notifications and
 * blocks deleted; last, the audit log's mentions are redacted. What stays is anonymous: the member row's id and
 * dates, request and mentorship rows without text, so counts stay right. Fires {@link ProfileChanged}, so the member
 * leaves the matching index once the deletion has committed. docs/profiles.md lists exactly what goes and what stays.
 */
@ApplicationScoped
public class AccountDeletion {

    private final ProfileRepository profiles;
    private final MemberRepository members;
    private final Instance<PersonalData> features;
    private final AuditLog audit;
    private final Event<ProfileChanged> changes;
    private final Clock clock;

    AccountDeletion(ProfileRepository profiles, MemberRepository members, Instance<PersonalData> features,
            AuditLog audit, Event<ProfileChanged> changes, Clock clock) {
        this.profiles = profiles;
        this.members = members;
        this.features = features;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public void delete(Member caller) {
        // Two deletions at once (two tabs) run one after the other; the second finds nothing left to do.
        Member me = members.lockLive(caller.id()).orElse(null);
        if (me == null) {
            return;
        }
        Set<String> names = new LinkedHashSet<>();
        names.add(me.displayName());
        profiles.findByIdOptional(me.id()).ifPresent(p -> names.add(p.displayName()));
        DeletedMember deleted = new DeletedMember(me, me.oidcSubject(), me.username(), me.email(), names);

        for (PersonalData feature : features) {
            feature.lock(deleted);
        }
        profiles.deleteById(me.id());
        me.anonymise(clock.instant());
        for (PersonalData feature : features) {
            feature.erase(deleted);
        }
        // Last, so whatever the features recorded is redacted too.
        audit.redact(deleted);
        me.releaseSubject();
        // Flushed last: the row lock this takes would otherwise deadlock with an accept of one of the member's
        // requests (which locks the request, then checks the member row as a foreign key) that the features wait for.
        members.flush();
        changes.fire(new ProfileChanged(me.id()));
    }
}
