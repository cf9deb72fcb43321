package dev.mentorhub.mentorship;

import dev.mentorhub.block.BlockChanged;
import dev.mentorhub.block.BlockService;
import dev.mentorhub.common.Slugged;
import dev.mentorhub.common.config.MentorHubConfig;
import dev.mentorhub.common.persistence.Constraints;
import dev.mentorhub.common.ratelimit.RateLimiter;
import dev.mentorhub.common.web.FieldErrors;
import dev.mentorhub.common.web.InvalidInputException;
import dev.mentorhub.common.web.NotFoundException;
import dev.mentorhub.common.web.PageDto;
import dev.mentorhub.common.web.PageRequest;
import dev.mentorhub.common.web.Problem;
import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberRepository;
import dev.mentorhub.profile.GoalTag;
import dev.mentorhub.profile.Profile;
import dev.mentorhub.profile.ProfileChanged;
import dev.mentorhub.profile.ProfileRepository;
import dev.mentorhub.profile.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Match requests from send to decision, and the mentorships they create. Every step queues mail to the other side in
 * the same transaction. Anyone who is not a party to a request is told it does not exist (404).
 */
@ApplicationScoped
public class MatchRequestService {

    static final int MAX_MESSAGE = 2000;
    static final int MAX_REASON = 1000;
    static final String NOT_SHARED_PROGRAM = "is not a program you and they are both members of";

    private final MatchRequestRepository requests;
    private final MentorshipRepository mentorships;
    private final ProfileRepository profiles;
    private final MemberRepository members;
    private final RequestNotices notices;
    private final BlockService blocks;
    private final RateLimiter limiter;
    private final MentorHubConfig config;
    private final Event<ProfileChanged> changes;
    private final Event<MentorshipEnded> ended;
    private final MentorshipPrograms programs;
    private final MatchFactors factors;
    private final EntityManager em;
    private final Clock clock;

    MatchRequestService(MatchRequestRepository requests, MentorshipRepository mentorships, ProfileRepository profiles,
            MemberRepository members, RequestNotices notices, BlockService blocks, RateLimiter limiter,
            MentorHubConfig config, Event<ProfileChanged> changes, Event<MentorshipEnded> ended,
            MentorshipPrograms programs, MatchFactors factors, EntityManager em, Clock clock) {
        this.programs = programs;
        this.factors = factors;
        this.requests = requests;
        this.mentorships = mentorships;
        this.profiles = profiles;
        this.members = members;
        this.notices = notices;
        this.blocks = blocks;
        this.limiter = limiter;
        this.config = config;
        this.changes = changes;
        this.ended = ended;
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public RequestDto send(Member me, SendRequest body) {
        RequestKind kind = parseKind(body.kind());
        String message = body.message() == null ? "" : body.message().strip();
        List<String> goals = validate(body, kind, message);
        // First, so that a deletion of the recipient running now either erases this request or makes it a 404.
        if (!members.lockLiveShared(body.recipientId())) {
            throw new NotFoundException();
        }
        Profile recipient = profiles.findByIdOptional(body.recipientId())
                .filter(p -> !p.member().isDeleted() && p.visibility() == Visibility.EVERYONE && p.isMentor())
                .filter(p -> kind == RequestKind.MENTORING || p.isMentee())
                .filter(p -> !p.memberId().equals(me.id()))
                .orElseThrow(NotFoundException::new);
        // Blocked by the recipient: the same 404 as a hidden profile, so the block is never revealed to the sender.
        BlockService.Between block = blocks.between(me.id(), recipient.memberId());
        if (block == BlockService.Between.THEY_BLOCKED || block == BlockService.Between.BOTH) {
            throw new NotFoundException();
        }
        if (block == BlockService.Between.I_BLOCKED) {
            throw new RequestRefusedException(RequestRefusedException.YOU_BLOCKED, "You have blocked this person. Unblock them to send a request.");
        }
        Profile sender = profiles.findByIdOptional(me.id())
                .orElseThrow(() -> new RequestRefusedException(RequestRefusedException.NO_PROFILE,
                        "Create your profile before sending a request."));
        if (kind == RequestKind.MENTORING && !sender.isMentee()) {
            throw new RequestRefusedException(RequestRefusedException.NOT_MENTEE,
                    "Only mentees can ask for mentoring. Add the mentee role to your profile.");
        }
        if (kind == RequestKind.PEER && !(sender.isMentee() && sender.isMentor())) {
            throw new RequestRefusedException(RequestRefusedException.NOT_PEER,
                    "A peer exchange needs you to be both mentor and mentee.");
        }
        // Serialise this sender's sends, so two at once cannot both pass the open-request count.
        lockProfile(me.id());
        if (requests.hasPending(me.id(), recipient.memberId())) {
            throw new RequestRefusedException(RequestRefusedException.ALREADY_ASKED,
                    "You already have an open request to this person.");
        }
        if (mentorships.activeBetween(me.id(), recipient.memberId())) {
            throw new RequestRefusedException(RequestRefusedException.ALREADY_PAIRED,
                    "You already have an active mentorship with this person.");
        }
        if (body.programId() != null && programs.termsFor(body.programId(), me.id(), recipient.memberId()).isEmpty()) {
            throw new InvalidInputException(List.of(new Problem.FieldError("programId", NOT_SHARED_PROGRAM)));
        }
        int maxOpen = config.requests().maxOpen();
        if (requests.countPendingFrom(me.id()) >= maxOpen) {
            throw new OpenRequestLimitException(maxOpen);
        }
        Instant now = clock.instant();
        refuseDuringCoolDown(me.id(), recipient.memberId(), now);
        // Last, so that only a request that is really sent counts; the counter rolls back with a failed send.
        limiter.consume(dailyLimit(), me.id(), 1);
        MatchRequest request = MatchRequest.send(me.id(), recipient.memberId(), kind, message, goals, now,
                config.requests().expireAfter(), body.programId());
        requests.persist(request);
        requests.flush();
        notices.tell(request, recipient.member(), "received", me.id(), sender.displayName(), message);
        return toDto(request, me.id());
    }

    /**
     * After a request to this recipient was withdrawn, declined or expired, the sender waits for the configured
     * cool-down before asking them again: a send/withdraw loop cannot mail someone over and over. Checked under the
     * sender's profile lock, like every other rule of a send.
     */
    private void refuseDuringCoolDown(UUID senderId, UUID recipientId, Instant now) {
        Duration coolDown = config.rateLimits().requestCooldown();
        Optional<Instant> closed = requests.lastClosedAt(senderId, recipientId);
        if (closed.isPresent() && closed.get().plus(coolDown).isAfter(now)) {
            throw new RequestCooldownException(Duration.between(now, closed.get().plus(coolDown)));
        }
    }

    private RateLimiter.Limit dailyLimit() {
        int max = config.rateLimits().requestsPerDay();
        return new RateLimiter.Limit("requests-sent", max, Duration.ofDays(1), "request-limit",
                "You have sent " + max + " requests today, the most a day allows.");
    }

    /**
     * A block closes what is pending between the two, in the blocking transaction: the blocker's requests to the
     * blocked member are withdrawn, the blocked member's requests to the blocker declined (without a reason). Each
     * side gets the ordinary mail for that step, so nothing tells the blocked member it was a block.
     */
    void onBlock(@Observes BlockChanged change) {
        if (!change.blocked()) {
            return;
        }
        Instant now = clock.instant();
        for (MatchRequest request : requests.listPendingBetween(change.blockerId(), change.blockedId())) {
            if (request.senderId().equals(change.blockerId())) {
                request.withdraw(now);
                notices.tell(request, members.findById(request.recipientId()), "withdrawn", request.senderId(),
                        nameOf(request.senderId()), null);
            } else {
                request.decline(null, now);
                notices.tell(request, members.findById(request.senderId()), "declined", request.recipientId(),
                        nameOf(request.recipientId()), null);
            }
        }
    }

    /**
     * Accepts a request to me and starts the mentorship. Capacity holds under concurrency because the mentor's profile
     * row is locked (SELECT ... FOR UPDATE) before the active mentorships are counted: a second accept for the same
     * mentor waits for the first to commit and then counts its mentorship too.
     */
    @Transactional
    public MentorshipDto accept(Member me, UUID requestId) {
        // Profile first, then the request: the one lock order every writer here uses.
        Profile mentor = lockProfile(me.id());
        MatchRequest request = forRecipient(me, requestId);
        if (request.status() != RequestStatus.PENDING) {
            throw new RequestStateException(request.status());
        }
        int capacity = mentor == null ? 0 : mentor.mentorCapacity();
        if (mentorships.countActiveAsMentor(me.id()) >= capacity) {
            throw new CapacityReachedException(capacity);
        }
        if (mentorships.activeBetween(request.senderId(), request.recipientId())) {
            throw alreadyPaired();
        }
        Instant now = clock.instant();
        request.accept(now);
        Mentorship mentorship = Mentorship.startFrom(request, now, request.programId() == null ? Optional.empty()
                : programs.termsOf(request.programId()));
        mentorship.recordFactors(factors.pointsAtAccept(mentorship.mentorId(), mentorship.menteeId(),
                mentorship.programId()));
        mentorships.persist(mentorship);
        // Crossed requests (A asks B, B asks A) accepted at once lock two different profiles and both pass the check
        // above; the index on the unordered pair lets one mentorship in and refuses the other here.
        Constraints.flushOr(em, "mentorship_active_pair_uk", MatchRequestService::alreadyPaired);
        notices.tell(request, members.findById(request.senderId()), "accepted", me.id(), nameOf(me.id()), null);
        changes.fire(new ProfileChanged(me.id()));
        return toDto(mentorship);
    }

    @Transactional
    public RequestDto decline(Member me, UUID requestId, String reason) {
        String trimmed = reasonOf(reason);
        MatchRequest request = forRecipient(me, requestId);
        request.decline(trimmed, clock.instant());
        // The reason stays with the mentor: the sender's mail does not carry it.
        notices.tell(request, members.findById(request.senderId()), "declined", me.id(), nameOf(me.id()), null);
        changes.fire(new ProfileChanged(me.id()));
        return toDto(request, me.id());
    }

    @Transactional
    public RequestDto withdraw(Member me, UUID requestId) {
        MatchRequest request = findForUpdate(me, requestId);
        if (!request.senderId().equals(me.id())) {
            throw new NotFoundException();
        }
        request.withdraw(clock.instant());
        notices.tell(request, members.findById(request.recipientId()), "withdrawn", me.id(), nameOf(me.id()), null);
        return toDto(request, me.id());
    }

    @Transactional
    public RequestDto get(Member me, UUID requestId) {
        return toDto(find(me, requestId), me.id());
    }

    @Transactional
    public PageDto<RequestDto> list(Member me, boolean sent, String status, PageRequest page) {
        RequestStatus wanted = parseStatus(status);
        List<MatchRequest> items = requests.listFor(me.id(), sent, wanted, page);
        long total = requests.countFor(me.id(), sent, wanted);
        Map<UUID, String> names = namesOf(items.stream()
                .flatMap(r -> Stream.of(r.senderId(), r.recipientId())).collect(Collectors.toSet()));
        return page.result(items.stream().map(r -> toDto(r, me.id(), names)).toList(), total);
    }

    @Transactional
    public List<MentorshipDto> mentorships(Member me) {
        return mentorships.listFor(me.id()).stream().map(this::toDto).toList();
    }

    /**
     * Ends one of my active mentorships (either party may): {@code completed} (the default), or {@code ended-early}
     * with a reason, which is kept in the workspace and mailed to the other side. Tells the other side (notification
     * and mail) and frees the mentor's place in the matching index. Not a party: 404; already ended: 409.
     */
    @Transactional
    public MentorshipDto end(Member me, UUID mentorshipId, String outcome, String reason) {
        FieldErrors errors = new FieldErrors();
        MentorshipOutcome how = errors.choice("outcome", outcome, MentorshipOutcome.class, MentorshipOutcome.COMPLETED);
        String trimmed = errors.text("reason", reason, MAX_REASON, how == MentorshipOutcome.ENDED_EARLY);
        errors.throwIfAny();
        return close(me, mentorshipId, how, trimmed);
    }

    /** Account deletion ends the member's active mentorships early, without a reason. */
    @Transactional(Transactional.TxType.MANDATORY)
    void endOnDeletion(Member me, UUID mentorshipId) {
        close(me, mentorshipId, MentorshipOutcome.ENDED_EARLY, null);
    }

    private MentorshipDto close(Member me, UUID mentorshipId, MentorshipOutcome how, String reason) {
        // Locked, so two ends at once give one end and one 409.
        Mentorship mentorship = em.find(Mentorship.class, mentorshipId, LockModeType.PESSIMISTIC_WRITE);
        if (mentorship == null || !mentorship.involves(me.id())) {
            throw new NotFoundException();
        }
        mentorship.end(clock.instant(), me.id(), how, reason);
        UUID other = mentorship.partnerOf(me.id());
        notices.ended(mentorship, members.findById(other), me.id(), nameOf(me.id()), reason);
        // Both: the mentor has a free place again, and the pair is no longer excluded on either side.
        changes.fire(new ProfileChanged(mentorship.mentorId()));
        changes.fire(new ProfileChanged(mentorship.menteeId()));
        ended.fire(new MentorshipEnded(mentorship.id(), me.id()));
        return toDto(mentorship);
    }

    /** What the request form needs to know about me: my roles, whom I have asked, whom I am paired with. */
    @Transactional
    public SenderState senderState(Member me) {
        Optional<Profile> mine = profiles.findByIdOptional(me.id());
        return new SenderState(me.id(), mine.isPresent(), mine.map(Profile::isMentor).orElse(false),
                mine.map(Profile::isMentee).orElse(false), requests.pendingRecipientsOf(me.id()),
                mentorships.activePartnersOf(me.id()));
    }

    /**
     * Expires every pending request whose time is up at {@code now}, and reminds mentors of requests past halfway,
     * once each. Returns how many requests changed (expired or reminded).
     */
    @Transactional
    int expireAndRemind(Instant now) {
        int changed = 0;
        for (MatchRequest request : requests.listExpiredAt(now)) {
            request.expire(now);
            notices.tell(request, members.findById(request.senderId()), "expired", request.recipientId(),
                    nameOf(request.recipientId()), null);
            changed++;
        }
        for (MatchRequest request : requests.listUnreminded(now)) {
            if (!now.isBefore(request.halfway()) && request.markReminded(now)) {
                notices.tell(request, members.findById(request.recipientId()), "reminder", request.senderId(),
                        nameOf(request.senderId()), null);
                changed++;
            }
        }
        return changed;
    }

    private static RequestRefusedException alreadyPaired() {
        return new RequestRefusedException(RequestRefusedException.ALREADY_PAIRED,
                "You already have an active mentorship with this person.");
    }

    /** An optional reason: blank is none; more than {@value #MAX_REASON} characters is refused. */
    private static String reasonOf(String reason) {
        String trimmed = reason == null || reason.isBlank() ? null : reason.strip();
        if (trimmed != null && trimmed.length() > MAX_REASON) {
            throw FieldErrors.of("reason", FieldErrors.atMost(MAX_REASON));
        }
        return trimmed;
    }

    /**
     * A reminder to the recipient of a pending request that someone (a program admin) asked for, on top of the
     * automatic halfway one: the same mail, under its own key {@code request-reminder:<id>:<epochMilli>}. The request
     * row is locked, so callers can check "not twice a day" safely after this returns. False when the request is
     * not pending any more or the recipient cannot get mail.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean remindRecipient(UUID requestId, Instant now) {
        MatchRequest request = em.find(MatchRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || request.status() != RequestStatus.PENDING) {
            return false;
        }
        return notices.remind(request, RequestNotices.key("reminder", request) + ":" + now.toEpochMilli(),
                members.findById(request.recipientId()), nameOf(request.senderId()));
    }

    /** Locks a pending request's row for the rest of the transaction; false when it is not pending. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean lockPending(UUID requestId) {
        MatchRequest request = em.find(MatchRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        return request != null && request.status() == RequestStatus.PENDING;
    }

    private Profile lockProfile(UUID memberId) {
        return em.find(Profile.class, memberId, LockModeType.PESSIMISTIC_WRITE);
    }

    private MatchRequest find(Member me, UUID requestId) {
        return requests.findByIdOptional(requestId).filter(r -> r.involves(me.id()))
                .orElseThrow(NotFoundException::new);
    }

    /** The request locked for a change, so a decision and a withdrawal at the same moment cannot both win. */
    private MatchRequest findForUpdate(Member me, UUID requestId) {
        MatchRequest request = em.find(MatchRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || !request.involves(me.id())) {
            throw new NotFoundException();
        }
        return request;
    }

    private MatchRequest forRecipient(Member me, UUID requestId) {
        MatchRequest request = findForUpdate(me, requestId);
        if (!request.recipientId().equals(me.id())) {
            throw new NotFoundException();
        }
        return request;
    }

    private List<String> validate(SendRequest body, RequestKind kind, String message) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (body.recipientId() == null) {
            errors.add(new Problem.FieldError("recipientId", FieldErrors.REQUIRED));
        }
        if (message.length() > MAX_MESSAGE) {
            errors.add(new Problem.FieldError("message", FieldErrors.atMost(MAX_MESSAGE)));
        }
        Set<String> goals = new LinkedHashSet<>();
        for (String goal : body.goals() == null ? List.<String>of() : body.goals()) {
            Slugged.parse(GoalTag.class, goal).ifPresentOrElse(g -> goals.add(g.slug()),
                    () -> errors.add(new Problem.FieldError("goals", "has an unknown goal: " + goal)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return List.copyOf(goals);
    }

    private static RequestKind parseKind(String kind) {
        if (kind == null || kind.isBlank() || kind.equalsIgnoreCase("mentoring")) {
            return RequestKind.MENTORING;
        }
        if (kind.equalsIgnoreCase("peer")) {
            return RequestKind.PEER;
        }
        throw new InvalidInputException(List.of(new Problem.FieldError("kind", "must be mentoring or peer")));
    }

    private static RequestStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return RequestStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(new Problem.FieldError("status",
                    "must be pending, accepted, declined, withdrawn or expired")));
        }
    }

    private String nameOf(UUID memberId) {
        return namesOf(Set.of(memberId)).get(memberId);
    }

    /** Profile names where there is a profile, else the member's name. */
    public Map<UUID, String> namesOf(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> names = members.list("id in ?1", ids).stream()
                .collect(Collectors.toMap(Member::id, Member::displayName));
        profiles.list("memberId in ?1", ids).forEach(p -> {
            if (!p.member().isDeleted()) {
                names.put(p.memberId(), p.displayName());
            }
        });
        return names;
    }

    RequestDto toDto(MatchRequest r, UUID viewer) {
        return toDto(r, viewer, namesOf(Set.of(r.senderId(), r.recipientId())));
    }

    private static RequestDto toDto(MatchRequest r, UUID viewer, Map<UUID, String> names) {
        Function<UUID, RequestDto.Party> party = id -> new RequestDto.Party(id, names.get(id));
        boolean recipient = r.recipientId().equals(viewer);
        return new RequestDto(r.id(), r.kind().name().toLowerCase(Locale.ROOT), party.apply(r.senderId()),
                party.apply(r.recipientId()), r.message(), r.goals(), r.status().name().toLowerCase(Locale.ROOT),
                recipient ? r.declineReason() : null, r.createdAt(), r.decidedAt(), r.expiresAt(),
                r.senderId().equals(viewer), r.programId());
    }

    public MentorshipDto toDto(Mentorship m) {
        return toDto(m, namesOf(Set.of(m.mentorId(), m.menteeId())));
    }

    private static MentorshipDto toDto(Mentorship m, Map<UUID, String> names) {
        return new MentorshipDto(m.id(), new RequestDto.Party(m.mentorId(), names.get(m.mentorId())),
                new RequestDto.Party(m.menteeId(), names.get(m.menteeId())), m.requestId(),
                m.status().name().toLowerCase(Locale.ROOT), m.startedAt(), m.endedAt(), m.programId());
    }
}
