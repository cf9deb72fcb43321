package dev.mentorhub.program.invitation;

import dev.mentorhub.audit.AuditLog;
import dev.mentorhub.common.Slugged;
import dev.mentorhub.common.config.MentorHubConfig;
import dev.mentorhub.common.security.Caller;
import dev.mentorhub.common.web.InvalidInputException;
import dev.mentorhub.common.web.NotFoundException;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.common.web.PageRequest;
import dev.mentorhub.common.web.Problem.FieldError;
import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberRepository;
import dev.mentorhub.notification.Mails;
import dev.mentorhub.notification.Outbox;
import dev.mentorhub.program.JoinSource;
import dev.mentorhub.program.MembershipDto;
import dev.mentorhub.program.MembershipService;
import dev.mentorhub.program.Program;
import dev.mentorhub.program.ProgramAccess;
import dev.mentorhub.program.settings.ProgramJson;
import dev.mentorhub.program.ProgramMembership;
import dev.mentorhub.program.ProgramRole;
import dev.mentorhub.program.ProgramService;
import dev.mentorhub.program.RemovedByAdminException;
import dev.mentorhub.program.RosterService;
import dev.mentorhub.common.Tokens;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Invitations to a program: admins invite addresses (one by one, or a CSV import through {@link #inviteAll}); the
 * mail goes through the outbox in the same transaction; the addressee sees, and accepts, only invitations sent to
 * their verified address.
 */
@ApplicationScoped
public class InvitationService {

    static final int MAX_INVITES_PER_CALL = 1000;

    private final ProgramAccess access;
    private final MembershipService memberships;
    private final RosterService roster;
    private final InvitationRepository invitations;
    private final MemberRepository members;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Mails mails;
    private final ImportedProfile importedProfile;
    private final InvitationLimit invitationLimit;
    private final MentorHubConfig config;
    private final Clock clock;

    InvitationService(ProgramAccess access, MembershipService memberships,
            RosterService roster, InvitationRepository invitations, MemberRepository members, AuditLog audit,
            Outbox outbox, Mails mails, ImportedProfile importedProfile, InvitationLimit invitationLimit,
            MentorHubConfig config, Clock clock) {
        this.access = access;
        this.memberships = memberships;
        this.roster = roster;
        this.invitations = invitations;
        this.members = members;
        this.audit = audit;
        this.outbox = outbox;
        this.mails = mails;
        this.importedProfile = importedProfile;
        this.invitationLimit = invitationLimit;
        this.config = config;
        this.clock = clock;
    }

    /** Of the given lower-case addresses, those with an invitation to the program already. */
    public List<String> alreadyInvited(UUID programId, Collection<String> emails) {
        return invitations.alreadyInvited(programId, emails);
    }

    /**
     * Accepts an emailed invitation; it must be addressed to the caller's email (else it does not exist for them).
     * A token admits once: accepting it again answers the membership while it lasts (a second click), and is
     * refused once the member has left or was removed ({@code invitation-used}); an invitation expires after
     * {@code mentorhub.invitations.expire-after}. An invitation sent before an admin removed the caller is refused
     * too: only a new one brings them back. An imported invitation's details start the member's profile if they
     * have none ({@link ImportedProfile}), and give the membership its department and manager unless an admin has
     * set them already.
     */
    @Transactional
    public MembershipDto acceptInvitation(Caller caller, String token) {
        Invitation invitation = (token == null ? null : invitations.findByTokenForUpdate(token).orElse(null));
        if (invitation == null || caller.email() == null || !invitation.email().equalsIgnoreCase(caller.email())) {
            throw new NotFoundException("invitation");
        }
        Instant now = clock.instant();
        ProgramMembership current = memberships.membership(invitation.programId(), caller.memberId()).orElse(null);
        if (invitation.isAccepted()) {
            if (current != null && current.isActive()) {
                return MembershipDto.of(current);
            }
            throw InvitationClosedException.used();
        }
        if (invitation.isExpired(now, config.invitations().expireAfter())) {
            throw InvitationClosedException.expired();
        }
        if (current != null && current.removedSince(invitation.invitedAt())) {
            throw new RemovedByAdminException();
        }
        invitation.accept(caller.memberId(), now);
        ImportedDetails details = invitation.source() == JoinSource.IMPORT
                ? ImportedDetails.fromJson(invitation.details()) : null;
        if (details != null) {
            importedProfile.prefill(caller.memberId(), invitation.role(), details);
        }
        return MembershipDto.of(memberships.admitInvited(invitation.programId(), caller.memberId(),
                invitation.role(), invitation.source(), details == null ? null : details.department(),
                details == null ? null : details.managerEmail()));
    }

    /** An invitation as its addressee sees it before accepting; anyone else is told it does not exist. */
    public record InvitationPreview(String token, UUID programId, String programName, String description,
            ProgramRole role, String inviterName, Instant invitedAt, boolean accepted, boolean expired) {
    }

    public InvitationPreview invitationFor(Caller caller, String token) {
        Invitation invitation = (token == null ? null : invitations.findByToken(token).orElse(null));
        if (invitation == null || caller.email() == null || !invitation.email().equalsIgnoreCase(caller.email())) {
            throw new NotFoundException("invitation");
        }
        return preview(invitation);
    }

    /** The caller's open invitations, newest first, with their programs' names. */
    public List<InvitationPreview> pendingInvitationPreviews(Caller caller) {
        return pendingInvitationsFor(caller).stream().map(this::preview)
                .sorted(Comparator.comparing(InvitationPreview::invitedAt).reversed()).toList();
    }

    private InvitationPreview preview(Invitation invitation) {
        Program program = access.reachedThrough(invitation.programId());
        String inviter = invitation.invitedBy() == null ? null
                : members.findLive(invitation.invitedBy()).map(Member::displayName).orElse(null);
        return new InvitationPreview(invitation.token(), program.id(), program.name(),
                program.settings().description(), invitation.role(), inviter, invitation.invitedAt(),
                invitation.isAccepted(), invitation.isExpired(clock.instant(), config.invitations().expireAfter()));
    }

    /** Invitations addressed to the caller's email that they have not accepted yet. */
    public List<Invitation> pendingInvitationsFor(Caller caller) {
        if (caller.email() == null) {
            return List.of();
        }
        return invitations.list("lower(email) = ?1 and acceptedAt is null and invitedAt > ?2",
                caller.email().toLowerCase(), clock.instant().minus(config.invitations().expireAfter()));
    }

    /** Invites addresses one by one from the API or the admin page. */
    @Transactional
    public InviteResult invite(Caller caller, UUID programId, InviteRequest request, Locale locale) {
        Program program = access.administered(caller, programId);
        List<String> emails = request == null || request.emails() == null ? List.of() : request.emails();
        List<FieldError> errors = new ArrayList<>();
        if (emails.isEmpty()) {
            errors.add(new FieldError("emails", "name at least one address"));
        } else if (emails.size() > MAX_INVITES_PER_CALL) {
            errors.add(new FieldError("emails", "at most " + MAX_INVITES_PER_CALL + " addresses per call"));
        }
        for (int i = 0; i < emails.size() && errors.size() < 50; i++) {
            if (!MembershipService.isEmail(emails.get(i))) {
                errors.add(new FieldError("emails[" + i + "]", "is not an email address"));
            }
        }
        ProgramRole role = request == null || request.role() == null ? ProgramRole.MENTEE : Slugged
                .parse(ProgramRole.class, request.role()).orElse(null);
        if (role == null) {
            errors.add(new FieldError("role", "must be mentee, mentor or both"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        invitationLimit.consume(program, emails.size());
        List<NewInvitation> wanted = emails.stream().map(e -> new NewInvitation(e.trim(), null, role, Map.of()))
                .toList();
        return inviteAll(caller, program, wanted, JoinSource.INVITE, locale);
    }

    /**
     * Creates the invitations and queues their mail in the caller's transaction: all of them or, if anything fails,
     * none. Addresses with an invitation that can still admit them, addresses of active members, and addresses
     * repeated in the list are skipped and reported. Any other earlier invitation (used, expired, or sent before an
     * admin removed the member) is renewed with a new token. Invitations of one address sent at the same moment
     * give one invitation and one mail; the others report the address as skipped.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public InviteResult inviteAll(Caller caller, Program program, List<NewInvitation> people, JoinSource source,
            Locale locale) {
        Map<String, NewInvitation> unique = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        for (NewInvitation p : people) {
            if (unique.putIfAbsent(p.email().toLowerCase(Locale.ROOT), p) != null) {
                skipped.add(p.email());
            }
        }
        Map<String, Invitation> existing = invitations.lockedByEmail(program.id(), unique.keySet());
        Set<String> active = new HashSet<>(roster.activeMemberEmails(program.id(), existing.keySet()));
        Map<String, Instant> removed = roster.removedByEmail(program.id(), existing.keySet());
        Instant now = clock.instant();
        String inviter = members.findLive(caller.memberId()).map(Member::displayName).orElse("MentorHub");
        List<String> invited = new ArrayList<>();
        for (Map.Entry<String, NewInvitation> e : unique.entrySet()) {
            NewInvitation p = e.getValue();
            Invitation invitation = existing.get(e.getKey());
            String mailKey;
            if (invitation == null) {
                invitation = Invitation.create(program.id(), p.email(), p.displayName(), p.role(), source,
                        ProgramJson.write(p.details()), Tokens.next(), caller.memberId(), now);
                mailKey = "invitation:" + invitation.id();
                if (!invitations.insertIfAbsent(invitation)) {
                    skipped.add(p.email());
                    continue;
                }
            } else if (active.contains(e.getKey()) || admits(invitation, removed.get(e.getKey()), now)) {
                skipped.add(p.email());
                continue;
            } else {
                invitation.renew(p.displayName(), p.role(), source, ProgramJson.write(p.details()), Tokens.next(),
                        caller.memberId(), now);
                mailKey = "invitation:" + invitation.id() + ":" + now.toEpochMilli();
            }
            outbox.enqueue(mailKey, invitation.email(), null,
                    mails.invitation(locale, program.name(), inviter, invitation.token()));
            invited.add(p.email());
        }
        audit.record(ProgramService.entry(caller, program, "program.members-invited", "program",
                program.id().toString()), null, Map.of("source", source.name(), "invited", invited.size(),
                        "skipped", skipped.size()));
        return new InviteResult(invited, skipped);
    }

    /** Whether an earlier invitation can still admit its address: not used, not expired, not older than a removal. */
    private boolean admits(Invitation invitation, Instant removedAt, Instant now) {
        return !invitation.isAccepted() && !invitation.isExpired(now, config.invitations().expireAfter())
                && (removedAt == null || invitation.invitedAt().isAfter(removedAt));
    }

    @Transactional
    public PageDto<InvitationDto> invitations(Caller caller, UUID programId, PageRequest page) {
        Program program = access.administered(caller, programId);
        PanacheQuery<Invitation> query = invitations.ofProgram(program.id());
        Instant now = clock.instant();
        return page.result(query.page(page.panache()).list().stream()
                .map(i -> InvitationDto.of(i, config.invitations().expireAfter(), now)).toList(),
                query.count());
    }
}
