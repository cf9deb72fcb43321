package dev.mentorhub.session;

import dev.mentorhub.common.calendar.CalendarSource;
import dev.mentorhub.common.config.MentorHubConfig;
import dev.mentorhub.common.web.NotFoundException;
import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberRepository;
import dev.mentorhub.mentorship.Mentorships;
import dev.mentorhub.profile.ProfileService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sessions in the members' calendars: the invite of one session for the mails, one session to download, and each
 * member's subscription feed at a secret address (no sign-in: calendar apps poll it), with an ETag and
 * Last-Modified so that an unchanged feed answers 304.
 */
@ApplicationScoped
public class SessionCalendars {

    /** How far back the feed reaches: past sessions stay in calendars for a while, then drop out. */
    static final Duration FEED_HISTORY = Duration.ofDays(90);

    private final SessionRepository sessions;
    private final CalendarFeeds feeds;
    private final Mentorships mentorships;
    private final MemberRepository members;
    private final ProfileService profiles;
    private final MentorHubConfig config;
    private final Instance<CalendarSource> sources;
    private final Clock clock;

    SessionCalendars(SessionRepository sessions, CalendarFeeds feeds, Mentorships mentorships,
            MemberRepository members, ProfileService profiles, MentorHubConfig config,
            @Any Instance<CalendarSource> sources, Clock clock) {
        this.sources = sources;
        this.sessions = sessions;
        this.feeds = feeds;
        this.mentorships = mentorships;
        this.members = members;
        this.profiles = profiles;
        this.config = config;
        this.clock = clock;
    }

    /** A feed as served: the calendar, when it last changed, and an entity tag of its bytes. */
    public record Feed(String ics, Instant lastModified, String etag) {
    }

    /** My subscription address (made on first use). */
    public String feedUrl(Member me) {
        return url(feeds.tokenOf(me.id()));
    }

    /** A new subscription address; the old one answers 404 from now on. */
    public String replaceFeed(Member me) {
        return url(feeds.replace(me.id()));
    }

    /** The feed behind a token; empty for an unknown or replaced one. */
    @Transactional
    public Optional<Feed> feed(String token) {
        return feeds.memberOf(token).map(this::feedOf);
    }

    /** One of my sessions on its own, to download. */
    @Transactional
    public String single(Member me, UUID sessionId) {
        MentoringSession session = sessions.findByIdOptional(sessionId).orElseThrow(NotFoundException::new);
        Mentorships.Pair pair = mentorships.of(session.mentorshipId(), me.id());
        return SessionCalendar.feed(List.of(entry(session, pair, this::person)), session.updatedAt());
    }

    /** The invite (or cancellation) of a session as it is now, for the mail to either member. */
    @Transactional(Transactional.TxType.MANDATORY)
    String invite(MentoringSession session, Mentorships.Pair pair) {
        return SessionCalendar.invite(entry(session, pair, this::person), clock.instant());
    }

    private Feed feedOf(UUID memberId) {
        List<Mentorships.Pair> pairs = mentorships.ofMember(memberId);
        Instant since = clock.instant().minus(FEED_HISTORY);
        List<MentoringSession> shown = sessions.forCalendar(pairs.stream().map(Mentorships.Pair::id).toList(),
                since);
        // The feed's stamp is its last change, not the time of the request, so that unchanged means identical.
        Instant sessionsChanged = shown.stream().map(MentoringSession::updatedAt).max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
        List<CalendarSource.Entries> more = sources.stream().map(s -> s.forMember(memberId, since))
                .toList();
        Instant lastModified = more.stream().map(CalendarSource.Entries::lastModified)
                .reduce(sessionsChanged, (a, b) -> a.isAfter(b) ? a : b);
        Map<UUID, Mentorships.Pair> byId = pairs.stream().collect(Collectors.toMap(Mentorships.Pair::id, p -> p));
        // A member has a handful of partners but may have many sessions: each person is looked up once per feed.
        Map<UUID, SessionCalendar.Person> people = new HashMap<>();
        List<SessionCalendar.Entry> entries = shown.stream()
                .map(s -> entry(s, byId.get(s.mentorshipId()), id -> people.computeIfAbsent(id, this::person)))
                .toList();
        String ics = SessionCalendar.feed(entries,
                more.stream().flatMap(m -> m.events().stream()).toList(), lastModified);
        return new Feed(ics, lastModified, etag(ics));
    }

    private SessionCalendar.Entry entry(MentoringSession session, Mentorships.Pair pair,
            Function<UUID, SessionCalendar.Person> person) {
        UUID organizer = session.proposedBy();
        String summary = "Mentoring: " + person.apply(pair.mentorId()).name() + " and "
                + person.apply(pair.menteeId()).name();
        return new SessionCalendar.Entry(session, person.apply(organizer), person.apply(pair.partnerOf(organizer)),
                summary,
                URI.create(config.outbox().linkBaseUrl() + SessionPages.link(session)));
    }

    private SessionCalendar.Person person(UUID memberId) {
        return new SessionCalendar.Person(profiles.nameOf(memberId),
                members.findLive(memberId).map(Member::email).orElse(null));
    }

    private String url(String token) {
        return config.outbox().linkBaseUrl() + "/calendar/" + token + ".ics";
    }

    private static String etag(String ics) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(ics.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
