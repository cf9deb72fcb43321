package dev.mentorhub.session;

import static dev.mentorhub.common.persistence.SqlValues.instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mentorhub.common.web.FieldErrors;
import dev.mentorhub.common.web.NotFoundException;
import dev.mentorhub.member.Member;
import dev.mentorhub.mentorship.Mentorships;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Feedback after a session: each member of the pair rates a held session (or a confirmed one that has ended, which
 * it then marks held) once, and may change it. Private to the pair: anyone else gets 404.
 */
@ApplicationScoped
public class SessionFeedbacks {

    static final int MAX_COMMENT = 2000;
    /** Progress on a goal, least first. */
    static final List<String> PROGRESS = List.of("none", "some", "good", "achieved");

    private final EntityManager em;
    private final SessionRepository sessions;
    private final Mentorships mentorships;
    private final ObjectMapper json;
    private final Clock clock;

    SessionFeedbacks(EntityManager em, SessionRepository sessions, Mentorships mentorships, ObjectMapper json,
            Clock clock) {
        this.em = em;
        this.sessions = sessions;
        this.mentorships = mentorships;
        this.json = json;
        this.clock = clock;
    }

    /** Gives or replaces my feedback on a session of one of my mentorships. */
    @Transactional
    public FeedbackDto give(Member me, UUID sessionId, FeedbackRequest request) {
        MentoringSession session = sessions.lockById(sessionId).orElseThrow(NotFoundException::new);
        mentorships.of(session.mentorshipId(), me.id());
        FeedbackRequest body = request == null ? new FeedbackRequest(null, null, null) : request;
        FieldErrors errors = new FieldErrors();
        errors.required("rating", body.rating());
        if (body.rating() != null && (body.rating() < 1 || body.rating() > 5)) {
            errors.add("rating", "must be between 1 and 5");
        }
        String comment = errors.text("comment", body.comment(), MAX_COMMENT, false);
        Map<String, String> progress = new TreeMap<>();
        List<String> goals = mentorships.goalsOf(session.mentorshipId());
        if (body.goalProgress() != null) {
            body.goalProgress().forEach((goal, value) -> {
                if (!goals.contains(goal)) {
                    errors.add("goalProgress." + goal, "is not one of this mentorship's goals");
                } else if (value == null || !PROGRESS.contains(value)) {
                    errors.add("goalProgress." + goal, "must be one of none, some, good, achieved");
                } else {
                    progress.put(goal, value);
                }
            });
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        if (session.status() == SessionStatus.CONFIRMED) {
            if (now.isBefore(session.endsAt())) {
                throw SessionStateException.notYet();
            }
            session.record(true, now);
            sessions.release(session.id());
        } else if (session.status() != SessionStatus.HELD) {
            throw SessionStateException.not(session.status());
        }
        em.createNativeQuery("""
                insert into session_feedback (session_id, member_id, rating, comment, goal_progress, created_at)
                values (:session, :member, :rating, :comment, cast(:progress as jsonb), :now)
                on conflict (session_id, member_id) do update set rating = excluded.rating,
                    comment = excluded.comment, goal_progress = excluded.goal_progress, created_at = excluded.created_at
                """).setParameter("session", sessionId).setParameter("member", me.id())
                .setParameter("rating", body.rating()).setParameter("comment", comment)
                .setParameter("progress", write(progress)).setParameter("now", now).executeUpdate();
        return new FeedbackDto(sessionId, me.id(), true, body.rating(), comment, progress, now);
    }

    /** The goals a session's mentorship agreed, for the feedback form; 404 for anyone but the pair. */
    @Transactional
    public List<String> goalsOf(Member me, UUID sessionId) {
        MentoringSession session = sessions.findByIdOptional(sessionId).orElseThrow(NotFoundException::new);
        mentorships.of(session.mentorshipId(), me.id());
        return mentorships.goalsOf(session.mentorshipId());
    }

    /** Every feedback {@code memberId} gave, for their data export. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<FeedbackDto> givenBy(UUID memberId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select session_id, rating, comment, cast(goal_progress as text), created_at from session_feedback
                where member_id = :me order by created_at
                """).setParameter("me", memberId).getResultList();
        return rows.stream().map(r -> new FeedbackDto((UUID) r[0], memberId, true, ((Number) r[1]).intValue(),
                (String) r[2], read((String) r[3]), instant(r[4]))).toList();
    }

    /** Both members' feedback on a session of one of my mentorships, mine first. */
    @Transactional
    public List<FeedbackDto> of(Member me, UUID sessionId) {
        MentoringSession session = sessions.findByIdOptional(sessionId).orElseThrow(NotFoundException::new);
        mentorships.of(session.mentorshipId(), me.id());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select member_id, rating, comment, cast(goal_progress as text), created_at from session_feedback
                where session_id = :session order by (member_id = :me) desc
                """).setParameter("session", sessionId).setParameter("me", me.id()).getResultList();
        return rows.stream().map(r -> {
            UUID member = (UUID) r[0];
            return new FeedbackDto(sessionId, member, member.equals(me.id()), ((Number) r[1]).intValue(),
                    (String) r[2], read((String) r[3]), instant(r[4]));
        }).toList();
    }


    private String write(Map<String, String> progress) {
        try {
            return json.writeValueAsString(progress);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> read(String text) {
        try {
            return json.readValue(text, new TypeReference<TreeMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
