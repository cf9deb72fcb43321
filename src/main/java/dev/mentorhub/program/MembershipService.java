package dev.mentorhub.program;

import dev.mentorhub.audit.AuditLog;
import dev.mentorhub.common.config.MentorHubConfig;
import dev.mentorhub.common.web.InvalidInputException;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.common.web.PageRequest;
import dev.mentorhub.common.web.Problem.FieldError;
import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberRepository;
import dev.mentorhub.notification.Mails;
import dev.mentorhub.notification.Outbox;
import dev.mentorhub.profile.Slugged;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Who is in a program and how they got there: join links, open joining, invitations (mailed through the outbox in
 * the same transaction), leaving, and the admin's member list (search, remove, change role, department and manager).
 */
@ApplicationScoped
public class MembershipService {

    static final int MAX_INVITES_PER_CALL = 1000;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"]{1,64}@[A-Za-z0-9.-]{1,253}\\.[A-Za-z]{2,63}$");

    private final ProgramAccess access;
    private final ProgramRepository programs;
    private final MembershipRepository memberships;
    private final InvitationRepository invitations;
    private final CohortRepository cohorts;
    private final MemberRepository members;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Mails mails;
    private final ImportedProfile importedProfile;
    private final InvitationLimit invitationLimit;
    private final MentorHubConfig config;
    private final Clock clock;

    MembershipService(ProgramAccess access, ProgramRepository programs, MembershipRepository memberships,
            InvitationRepository invitations, CohortRepository cohorts, MemberRepository members,
            AuditLog audit, Outbox outbox, Mails mails, ImportedProfile importedProfile,
            InvitationLimit invitationLimit, MentorHubConfig config, Clock clock) {
        this.access = access;
        this.programs = programs;
        this.memberships = memberships;
        this.invitations = invitations;
        this.cohorts = cohorts;
        this.members = members;
        this.audit = audit;
        this.outbox = outbox;
        this.mails = mails;
        this.importedProfile = importedProfile;
        this.invitationLimit = invitationLimit;
        this.config = config;
        this.clock = clock;
    }

    public static boolean isEmail(String value) {
        return value != null && EMAIL.matcher(value.trim()).matches();
    }

    /** Joins through the program's join link: the code stands in for an invitation, eligibility still applies. */
    @Transactional
    public ProgramMembership joinByLink(Caller caller, String code, String role) {
        Program program = (code == null ? null : programs.findByJoinCode(code).orElse(null));
        if (program == null) {
            throw new NotFoundException("join link");
        }
        return join(caller, program, role, JoinSource.LINK);
    }

    /** Joins an open program from its page; invite-only programs need the link or an invitation. */
    @Transactional
    public ProgramMembership joinOpen(Caller caller, UUID programId, String role) {
        Program program = access.visible(caller, programId);
        if (program.eligibility() == Eligibility.INVITE_ONLY && !access.isMember(caller, program)) {
            throw new NotEligibleException("This program is by invitation only: use your invitation or join link.");
        }
        return join(caller, program, role, JoinSource.SELF);
    }

    private ProgramMembership join(Caller caller, Program program, String roleSlug, JoinSource source) {
        ProgramRole role = role(roleSlug);
        if (memberships.find(program.id(), caller.memberId()).filter(m -> m.removedSince(null)).isPresent()) {
            throw new RemovedByAdminException();
        }
        checkEligible(caller, program);
        if (!program.enrolmentOpen(LocalDate.now(clock))) {
            throw new ProgramConflictException("enrolment-closed", "Enrolment in this program is closed.");
        }
        return admit(program.id(), caller.memberId(), role, source, clock.instant());
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
    public ProgramMembership acceptInvitation(Caller caller, String token) {
        Invitation invitation = (token == null ? null : invitations.findByTokenForUpdate(token).orElse(null));
        if (invitation == null || caller.email() == null || !invitation.email().equalsIgnoreCase(caller.email())) {
            throw new NotFoundException("invitation");
        }
        Instant now = clock.instant();
        ProgramMembership current = memberships.find(invitation.programId(), caller.memberId()).orElse(null);
        if (invitation.isAccepted()) {
            if (current != null && current.isActive()) {
                return current;
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
        ProgramMembership membership = admit(invitation.programId(), caller.memberId(), invitation.role(),
                invitation.source(), now);
        if (invitation.source() == JoinSource.IMPORT) {
            ImportedDetails details = ImportedDetails.fromJson(invitation.details());
            importedProfile.prefill(caller.memberId(), invitation.role(), details);
            if (membership.department() == null && membership.managerEmail() == null) {
                membership.placeInOrg(details.department(), details.managerEmail());
            }
        }
        return membership;
    }

    /** What a join link leads to, for the page that offers to join; unknown codes answer 404. */
    public record JoinPreview(UUID programId, String name, String description, Eligibility eligibility,
            String eligibilityValue, boolean enrolmentOpen, boolean member) {
    }

    public JoinPreview joinPreview(Caller caller, String code) {
        Program program = (code == null ? null : programs.findByJoinCode(code).orElse(null));
        if (program == null) {
            throw new NotFoundException("join link");
        }
        ProgramSettings s = program.settings();
        return new JoinPreview(program.id(), s.name(), s.description(), s.eligibility(), s.eligibilityValue(),
                program.enrolmentOpen(LocalDate.now(clock)), access.isMember(caller, program));
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
        Program program = programs.findById(invitation.programId());
        String inviter = invitation.invitedBy() == null ? null
                : members.findLive(invitation.invitedBy()).map(Member::displayName).orElse(null);
        return new InvitationPreview(invitation.token(), program.id(), program.name(),
                program.settings().description(), invitation.role(), inviter, invitation.invitedAt(),
                invitation.isAccepted(), invitation.isExpired(clock.instant(), config.invitations().expireAfter()));
    }

    /** My answers to the program's extra questions ({@code {"questionId": "answer" | ["a", "b"]}}). */
    public Map<String, Object> answers(Caller caller, UUID programId) {
        Program program = access.visible(caller, programId);
        return ProgramJson.map(myMembership(caller, program).answers());
    }

    /**
     * Replaces my answers to the program's extra questions, after checking each against its question (see
     * {@link ProgramAnswers}); on any invalid answer nothing is stored.
     */
    @Transactional
    public Map<String, Object> saveAnswers(Caller caller, UUID programId, Map<String, ?> answers) {
        Program program = access.visible(caller, programId);
        ProgramMembership membership = myMembership(caller, program);
        Map<String, Object> clean = ProgramAnswers.validate(program.settings().questions(), answers);
        membership.answer(ProgramJson.write(clean));
        return clean;
    }

    private ProgramMembership myMembership(Caller caller, Program program) {
        return memberships.find(program.id(), caller.memberId()).filter(ProgramMembership::isActive)
                .orElseThrow(() -> new ProgramConflictException("not-a-member",
                        "Join the program before answering its questions."));
    }

    /** Invitations addressed to the caller's email that they have not accepted yet. */
    public List<Invitation> pendingInvitationsFor(Caller caller) {
        if (caller.email() == null) {
            return List.of();
        }
        return invitations.list("lower(email) = ?1 and acceptedAt is null and invitedAt > ?2",
                caller.email().toLowerCase(), clock.instant().minus(config.invitations().expireAfter()));
    }

    private ProgramMembership admit(UUID programId, UUID memberId, ProgramRole role, JoinSource source, Instant now) {
        ProgramMembership existing = memberships.find(programId, memberId).orElse(null);
        if (existing == null) {
            memberships.insertIfAbsent(ProgramMembership.join(programId, memberId, role, source, now));
            return memberships.find(programId, memberId).orElseThrow();
        }
        if (!existing.isActive()) {
            existing.rejoin(role, source, now);
        }
        return existing;
    }

    @Transactional
    public void leave(Caller caller, UUID programId) {
        ProgramMembership membership = memberships.find(programId, caller.memberId())
                .filter(ProgramMembership::isActive).orElseThrow(() -> new NotFoundException("program"));
        membership.leave(clock.instant());
        cohorts.unenrolFromOpenCohorts(programId, caller.memberId());
    }

    public List<ProgramMembership> myMemberships(Caller caller) {
        return memberships.activeOf(caller.memberId());
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
            if (!isEmail(emails.get(i))) {
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
        Set<String> active = new HashSet<>(memberships.activeMemberEmails(program.id(), existing.keySet()));
        Map<String, Instant> removed = memberships.removedByEmail(program.id(), existing.keySet());
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

    public PageDto<ProgramMemberDto> members(Caller caller, UUID programId, String search, PageRequest page) {
        Program program = access.administered(caller, programId);
        PanacheQuery<ProgramMembership> query = memberships.search(program.id(), search);
        List<ProgramMembership> rows = query.page(page.panache()).list();
        Map<UUID, Member> people = new LinkedHashMap<>();
        members.list("id in ?1", rows.stream().map(ProgramMembership::memberId).toList())
                .forEach(m -> people.put(m.id(), m));
        return page.result(rows.stream().map(r -> ProgramMemberDto.of(r, people.get(r.memberId()))).toList(),
                query.count());
    }

    /** One active member of a program, for its admins; anyone else, or a non-member, gets 404. */
    public ProgramMemberDto member(Caller caller, UUID programId, UUID memberId) {
        Program program = access.administered(caller, programId);
        return ProgramMemberDto.of(activeMembership(program, memberId), members.findById(memberId));
    }

    /**
     * Sets a member's department and manager's email (blank: unknown), all checked before anything is written; the
     * change is audited with the values before and after.
     */
    @Transactional
    public ProgramMemberDto changeOrg(Caller caller, UUID programId, UUID memberId, MemberOrgRequest request) {
        Program program = access.administered(caller, programId);
        ProgramMembership membership = activeMembership(program, memberId);
        Member member = members.findById(memberId);
        MemberOrgRequest after = (request == null ? MemberOrgRequest.UNKNOWN : request).cleaned(member.email());
        MemberOrgRequest before = new MemberOrgRequest(membership.department(), membership.managerEmail());
        membership.placeInOrg(after.department(), after.managerEmail());
        audit.record(ProgramService.entry(caller, program, "member.org-changed", "member", memberId.toString()),
                before, after);
        return ProgramMemberDto.of(membership, member);
    }

    @Transactional
    public void remove(Caller caller, UUID programId, UUID memberId) {
        Program program = access.administered(caller, programId);
        ProgramMembership membership = activeMembership(program, memberId);
        membership.remove(clock.instant());
        cohorts.unenrolFromOpenCohorts(program.id(), memberId);
        audit.record(ProgramService.entry(caller, program, "member.removed", "member", memberId.toString()),
                Map.of("role", membership.role().slug()), null);
    }

    @Transactional
    public ProgramMemberDto changeRole(Caller caller, UUID programId, UUID memberId, String roleSlug) {
        Program program = access.administered(caller, programId);
        ProgramMembership membership = activeMembership(program, memberId);
        ProgramRole before = membership.role();
        membership.changeRole(role(roleSlug));
        cohorts.narrowOpenEnrolments(program.id(), memberId, membership.role());
        audit.record(ProgramService.entry(caller, program, "member.role-changed", "member", memberId.toString()),
                Map.of("role", before.slug()), Map.of("role", membership.role().slug()));
        return ProgramMemberDto.of(membership, members.findById(memberId));
    }

    private ProgramMembership activeMembership(Program program, UUID memberId) {
        return memberships.find(program.id(), memberId).filter(ProgramMembership::isActive)
                .orElseThrow(() -> new NotFoundException("member"));
    }

    private static void checkEligible(Caller caller, Program program) {
        switch (program.eligibility()) {
            case EMAIL_DOMAIN -> {
                if (!caller.emailDomain().equals(program.eligibilityValue())) {
                    throw new NotEligibleException("This program is for people with an @" + program.eligibilityValue()
                            + " email address.");
                }
            }
            case KEYCLOAK_GROUP -> {
                String group = program.eligibilityValue();
                String withSlash = group.startsWith("/") ? group : "/" + group;
                if (!caller.groups().contains(group) && !caller.groups().contains(withSlash)
                        && !caller.groups().contains(withSlash.substring(1))) {
                    throw new NotEligibleException("This program is for members of the group " + group + ".");
                }
            }
            case INVITE_ONLY -> {
                // The join link or the invitation is the permission.
            }
        }
    }

    private static ProgramRole role(String slug) {
        if (slug == null || slug.isBlank()) {
            return ProgramRole.MENTEE;
        }
        return Slugged.parse(ProgramRole.class, slug).orElseThrow(() -> new InvalidInputException(
                List.of(new FieldError("role", "must be mentee, mentor or both"))));
    }
}
