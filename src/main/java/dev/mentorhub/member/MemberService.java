package dev.mentorhub.member;

import dev.mentorhub.common.config.MentorHubConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

@ApplicationScoped
public class MemberService {

    private final MemberRepository members;
    private final MentorHubConfig config;
    private final Clock clock;

    MemberService(MemberRepository members, MentorHubConfig config, Clock clock) {
        this.members = members;
        this.config = config;
        this.clock = clock;
    }

    /**
     * The member row of a signed-in person, created on their first request and marked active on later ones. Each
     * request's token is the provider's current word on the person: the stored display name and (verified) email
     * follow it, so someone whose address changed or lost its verification loses what the old address gave them.
     */
    @Transactional
    public Member signedIn(SignedInIdentity identity) {
        Member member = members.findBySubject(identity.subject()).orElse(null);
        if (member == null) {
            members.insertIfAbsent(identity);
            return members.findBySubject(identity.subject()).orElseThrow();
        }
        Instant now = clock.instant();
        if (members.touchLastSeen(member.id(), now, config.member().lastSeenResolution()) > 0) {
            members.getEntityManager().refresh(member);
        }
        if (identity.nameClaimed()) {
            member.renamed(identity.displayName());
        }
        if (identity.emailClaimed()) {
            member.verifiedEmailIs(identity.email());
        }
        return member;
    }
}
