package dev.mentorhub.session;

import dev.mentorhub.member.DeletedMember;
import dev.mentorhub.member.Member;
import dev.mentorhub.member.PersonalData;
import dev.mentorhub.mentorship.Mentorships;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sessions, for the data export and account deletion. A session belongs to both members of a mentorship; deleting
 * either account erases the sessions of their mentorships (times, places, agendas, reasons), their reminders, the
 * feedback both gave on them, and their calendar address. The export holds the feedback the member gave.
 */
@ApplicationScoped
class SessionPersonalData implements PersonalData {

    private final SessionService sessions;
    private final Mentorships mentorships;
    private final CalendarFeeds feeds;
    private final SessionFeedbacks feedbacks;
    private final EntityManager em;

    SessionPersonalData(SessionService sessions, Mentorships mentorships, CalendarFeeds feeds,
            SessionFeedbacks feedbacks, EntityManager em) {
        this.feedbacks = feedbacks;
        this.sessions = sessions;
        this.mentorships = mentorships;
        this.feeds = feeds;
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Object> export(Member me) {
        List<SessionDto> all = mentorships.ofMember(me.id()).stream()
                .flatMap(p -> sessions.ofMentorship(me, p.id()).stream()).toList();
        return Map.of("sessions", all, "sessionFeedback", feedbacks.givenBy(me.id()));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(DeletedMember deleted) {
        List<UUID> ids = mentorships.ofMember(deleted.id()).stream().map(Mentorships.Pair::id).toList();
        if (!ids.isEmpty()) {
            // Attendee, reminder and feedback rows go with their session (on delete cascade).
            em.createNativeQuery("delete from mentoring_session where mentorship_id in (:ids)")
                    .setParameter("ids", ids).executeUpdate();
        }
        feeds.forget(deleted.id());
    }
}
