package dev.mentorhub.session;

import dev.mentorhub.common.web.FieldErrors;
import dev.mentorhub.common.web.NotFoundException;
import dev.mentorhub.member.Member;
import dev.mentorhub.mentorship.MentorshipEnded;
import dev.mentorhub.mentorship.Mentorships;
import dev.mentorhub.profile.ProfileService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The sessions of a mentorship: either member proposes one; the other accepts or declines; either moves it (it is then
 * proposed again, by them) or cancels it; afterwards either marks it held or missed. Only the two members see a
 * session (404 for anyone else). Nobody is ever double-booked: see {@link SessionRepository#hold}.
 */
@ApplicationScoped
public class SessionService {

    static final int MAX_REASON = 1000;
    private static final int UPCOMING = 50;

    private final SessionRepository sessions;
    private final Mentorships mentorships;
    private final ProfileService profiles;
    private final SessionNotices notices;
    private final Clock clock;

    SessionService(SessionRepository sessions, Mentorships mentorships, ProfileService profiles,
            SessionNotices notices, Clock clock) {
        this.sessions = sessions;
        this.mentorships = mentorships;
        this.profiles = profiles;
        this.notices = notices;
        this.clock = clock;
    }

    /** Proposes a session in one of my active mentorships; the other member is asked to accept it. */
    @Transactional
    public SessionDto propose(Member me, UUID mentorshipId, SessionRequest request) {
        Mentorships.Pair pair = mentorships.lockedFor(mentorshipId, me.id());
        requireActive(pair);
        Instant now = clock.instant();
        SessionValidator.Checked checked = SessionValidator.check(request, now);
        MentoringSession session = MentoringSession.propose(pair.id(), me.id(), checked.time(), checked.location(),
                checked.agenda(), now);
        sessions.persistAndFlush(session);
        holdTime(session, pair, me);
        notices.tell(session, pair, me.id(), "proposed");
        return dto(session, pair, me);
    }

    /** A new time (and place, agenda) for a proposed or confirmed session; the other member is asked again. */
    @Transactional
    public SessionDto reschedule(Member me, UUID sessionId, SessionRequest request) {
        MentoringSession session = lockMine(sessionId, me);
        Mentorships.Pair pair = mentorships.lockedFor(session.mentorshipId(), me.id());
        requireActive(pair);
        Instant now = clock.instant();
        SessionValidator.Checked checked = SessionValidator.check(request, now);
        session.reschedule(me.id(), checked.time(), checked.location(), checked.agenda(), now);
        sessions.release(session.id());
        sessions.flush();
        holdTime(session, pair, me);
        notices.tell(session, pair, me.id(), "rescheduled");
        return dto(session, pair, me);
    }

    @Transactional
    public SessionDto accept(Member me, UUID sessionId) {
        MentoringSession session = lockMine(sessionId, me);
        Mentorships.Pair pair = mentorships.of(session.mentorshipId(), me.id());
        requireActive(pair);
        session.accept(me.id(), clock.instant());
        notices.tell(session, pair, me.id(), "confirmed");
        return dto(session, pair, me);
    }

    @Transactional
    public SessionDto decline(Member me, UUID sessionId, String reason) {
        String why = reason(reason);
        MentoringSession session = lockMine(sessionId, me);
        Mentorships.Pair pair = mentorships.of(session.mentorshipId(), me.id());
        session.decline(me.id(), why, clock.instant());
        sessions.release(session.id());
        notices.tell(session, pair, me.id(), "declined");
        return dto(session, pair, me);
    }

    @Transactional
    public SessionDto cancel(Member me, UUID sessionId, String reason) {
        String why = reason(reason);
        MentoringSession session = lockMine(sessionId, me);
        Mentorships.Pair pair = mentorships.of(session.mentorshipId(), me.id());
        session.cancel(why, clock.instant());
        sessions.release(session.id());
        notices.tell(session, pair, me.id(), "cancelled");
        return dto(session, pair, me);
    }

    /** After it started: the confirmed session took place ({@code held}) or did not. */
    @Transactional
    public SessionDto record(Member me, UUID sessionId, boolean held) {
        MentoringSession session = lockMine(sessionId, me);
        Mentorships.Pair pair = mentorships.of(session.mentorshipId(), me.id());
        session.record(held, clock.instant());
        sessions.release(session.id());
        return dto(session, pair, me);
    }

    @Transactional
    public SessionDto get(Member me, UUID sessionId) {
        MentoringSession session = sessions.findByIdOptional(sessionId).orElseThrow(NotFoundException::new);
        return dto(session, mentorships.of(session.mentorshipId(), me.id()), me);
    }

    /** The sessions of one of my mentorships, latest first. */
    @Transactional
    public List<SessionDto> ofMentorship(Member me, UUID mentorshipId) {
        Mentorships.Pair pair = mentorships.of(mentorshipId, me.id());
        String partnerName = nameOf(pair.partnerOf(me.id()));
        return sessions.ofMentorship(pair.id()).stream()
                .map(s -> SessionDto.of(s, me.id(), pair.partnerOf(me.id()), partnerName)).toList();
    }

    /**
     * A mentorship that ends cancels its proposed and confirmed sessions in the same transaction, and the other member
     * gets the cancellation (and its CANCEL invite), so no calendar keeps a meeting that will not happen.
     */
    void onMentorshipEnded(@Observes MentorshipEnded event) {
        Mentorships.Pair pair = mentorships.pairOf(event.mentorshipId());
        Instant now = clock.instant();
        for (MentoringSession session : sessions.openOf(event.mentorshipId())) {
            session.cancel(null, now);
            sessions.release(session.id());
            notices.tell(session, pair, event.endedBy(), "cancelled");
        }
    }

    /** Whether one of my mentorships is still going (404 if it is not mine). */
    @Transactional
    public boolean isActive(Member me, UUID mentorshipId) {
        return mentorships.of(mentorshipId, me.id()).active();
    }

    /** The session length the pair agreed in their workspace, else an hour. */
    @Transactional
    public int usualMinutes(Member me, UUID mentorshipId) {
        Integer agreed = mentorships.of(mentorshipId, me.id()).sessionMinutes();
        return agreed == null ? 60 : agreed;
    }

    /** My proposed and confirmed sessions that have not ended yet, soonest first. */
    @Transactional
    public List<SessionDto> upcoming(Member me) {
        // Up to 50 sessions with a few partners: each mentorship and each partner's name is looked up once.
        Map<UUID, Mentorships.Pair> pairs = new HashMap<>();
        Map<UUID, String> names = new HashMap<>();
        return sessions.upcomingOf(me.id(), clock.instant(), UPCOMING).stream().map(s -> {
            Mentorships.Pair pair = pairs.computeIfAbsent(s.mentorshipId(), id -> mentorships.of(id, me.id()));
            UUID partner = pair.partnerOf(me.id());
            return SessionDto.of(s, me.id(), partner, names.computeIfAbsent(partner, this::nameOf));
        }).toList();
    }

    /**
     * Holds both members' time, in a fixed order (by member id) so that two bookings of the same pair cannot wait on
     * each other. A taken time is refused naming the session in the way, in the caller's zone: the caller's own
     * first, as that is the one they can move.
     */
    private void holdTime(MentoringSession session, Mentorships.Pair pair, Member me) {
        UUID first = pair.mentorId().compareTo(pair.menteeId()) < 0 ? pair.mentorId() : pair.menteeId();
        for (UUID member : List.of(first, pair.partnerOf(first))) {
            if (!sessions.hold(session.id(), member, session.startsAt(), session.endsAt())) {
                throw conflict(session, me.id(), pair.partnerOf(me.id()));
            }
        }
    }

    private SessionConflictException conflict(MentoringSession session, UUID me, UUID partner) {
        ZoneId zone = profiles.zoneOf(me);
        Optional<MentoringSession> mine = sessions.overlapping(me, session.startsAt(), session.endsAt(), session.id());
        if (mine.isPresent()) {
            return new SessionConflictException(true, mine.get().startsAt(), mine.get().endsAt(), zone);
        }
        MentoringSession theirs = sessions.overlapping(partner, session.startsAt(), session.endsAt(), session.id())
                .orElse(session);
        return new SessionConflictException(false, theirs.startsAt(), theirs.endsAt(), zone);
    }

    private MentoringSession lockMine(UUID sessionId, Member me) {
        MentoringSession session = sessions.lockById(sessionId).orElseThrow(NotFoundException::new);
        mentorships.of(session.mentorshipId(), me.id());
        return session;
    }

    private static void requireActive(Mentorships.Pair pair) {
        if (!pair.active()) {
            throw SessionStateException.mentorshipEnded();
        }
    }

    private static String reason(String reason) {
        FieldErrors errors = new FieldErrors();
        String trimmed = errors.text("reason", reason, MAX_REASON, false);
        errors.throwIfAny();
        return trimmed;
    }

    private SessionDto dto(MentoringSession session, Mentorships.Pair pair, Member me) {
        UUID partner = pair.partnerOf(me.id());
        return SessionDto.of(session, me.id(), partner, nameOf(partner));
    }

    private String nameOf(UUID memberId) {
        return profiles.nameOf(memberId);
    }
}
