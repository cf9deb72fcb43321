package dev.mentorhub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorhub.member.Member;
import dev.mentorhub.member.MemberRepository;
import dev.mentorhub.testsupport.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The run command's demo events, with an olivia, alice, bob and population of this test's own (the Acme program is
 * the demo one, built as {@link DemoProgramTest} builds it): a full meetup with a waitlist, a webinar, a past event
 * with check-ins, a program event; once. What it made is removed afterwards, so no other test sees these events.
 */
@QuarkusTest
class DemoEventsTest {

    @Inject
    DemoData demoData;

    @Inject
    DemoProgram demoProgram;

    @Inject
    DemoEvents demoEvents;

    @Inject
    TestData data;

    @Inject
    MemberRepository members;

    @Inject
    EntityManager em;

    String prefix = TestData.unique("demo-events") + ":";
    String olivia = TestData.unique("demo-olivia");
    List<UUID> made = new ArrayList<>();
    List<UUID> madeSeries = new ArrayList<>();

    @AfterEach
    void removeWhatItMade() {
        QuarkusTransaction.requiringNew().run(() -> {
            made.forEach(id -> em.createNativeQuery("delete from event where id = ?1").setParameter(1, id)
                    .executeUpdate());
            madeSeries.forEach(id -> em.createNativeQuery("delete from event_series where id = ?1")
                    .setParameter(1, id).executeUpdate());
            members.delete("oidcSubject like ?1 or oidcSubject = ?2", prefix + "%", olivia);
        });
    }

    private long count(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    @Test
    void shouldFillTheMeetupMoveOneEventIntoThePastAndCreateNothingTheSecondTime() {
        demoData.generate(DemoData.SUBJECT_PREFIX, 42, 6, 10, 3);
        QuarkusTransaction.requiringNew().run(demoProgram::create);
        assertThat(demoData.generate(prefix, 7, 6, 14, 4)).isEqualTo(24);
        Member alice = data.member("DemoEventsAlice");
        Member bob = data.member("DemoEventsBob");
        DemoEvents.Cast cast = new DemoEvents.Cast(olivia, alice.oidcSubject(), bob.oidcSubject(),
                DemoProgram.PAUL_SUBJECT, prefix);

        DemoEvents.Created created = QuarkusTransaction.requiringNew().call(() -> demoEvents.create(cast));
        assertThat(created).isNotNull();
        made.addAll(List.of(created.meetup(), created.webinar(), created.past()));
        if (created.program() != null) {
            made.add(created.program());
        }
        assertThat(created.series()).as("the reading circle is a series").isNotNull();
        madeSeries.add(created.series());
        assertThat(created.program()).as("the Acme program has its event").isNotNull();

        // (a) Full, exactly three waiting, bob seated; alice learns two of its skills.
        assertThat(count("select count(*) from event where id = ?1 and status = 'PUBLISHED' and type = 'MEETUP' "
                + "and format = 'HYBRID' and capacity = 12 and going_count = 12 and waiting_count = 3 "
                + "and starts_at > now() + interval '4 days' and skills @> '{deep-learning,pytorch}'",
                created.meetup())).isEqualTo(1);
        assertThat(count("select count(*) from event_rsvp where event_id = ?1 and status = 'GOING'",
                created.meetup())).isEqualTo(12);
        assertThat(count("select count(*) from event_rsvp where event_id = ?1 and status = 'WAITLISTED'",
                created.meetup())).isEqualTo(3);
        assertThat(count("select count(*) from event_rsvp where event_id = ?1 and member_id = ?2 "
                + "and status = 'GOING' and ticket_code is not null", created.meetup(), bob.id())).isEqualTo(1);
        // (b) Online, unlimited, alice going.
        assertThat(count("select count(*) from event e join event_rsvp r on r.event_id = e.id where e.id = ?1 "
                + "and e.type = 'WEBINAR' and e.format = 'ONLINE' and e.capacity is null and r.member_id = ?2 "
                + "and r.status = 'GOING'", created.webinar(), alice.id())).isEqualTo(1);
        // (c) Over, six of eight checked in, each around the start.
        assertThat(count("select count(*) from event where id = ?1 and ends_at < now() - interval '10 days'",
                created.past())).isEqualTo(1);
        assertThat(count("select count(*) from event_rsvp where event_id = ?1 and status = 'GOING'",
                created.past())).isEqualTo(8);
        assertThat(count("select count(*) from event_rsvp r join event e on e.id = r.event_id where e.id = ?1 "
                + "and r.checked_in_at between e.starts_at - interval '1 hour' and e.ends_at "
                + "and r.responded_at < e.starts_at", created.past())).isEqualTo(6);
        // (d) Weekly, open to all, several published occurrences a week apart, alice in the first.
        assertThat(count("select count(*) from event_series where id = ?1 and status = 'ACTIVE' "
                + "and rule like '%FREQ=WEEKLY%' and program_id is null", created.series())).isEqualTo(1);
        assertThat(count("select count(*) from event where series_id = ?1 and status = 'PUBLISHED' "
                + "and type = 'PAPER_READING' and starts_at > now()", created.series())).isGreaterThanOrEqualTo(2);
        assertThat(count("select count(distinct extract(isodow from starts_at at time zone 'Europe/Berlin')) "
                + "from event where series_id = ?1", created.series())).isEqualTo(1);
        assertThat(count("select count(*) from event_rsvp r join event e on e.id = r.event_id where e.series_id = ?1 "
                + "and r.member_id = ?2 and r.status = 'GOING'", created.series(), alice.id())).isEqualTo(1);
        // (e) For Acme's members only, run by paul.
        assertThat(count("select count(*) from event e join program p on p.id = e.program_id join organization o "
                + "on o.id = p.organization_id join member m on m.id = e.organizer_id where e.id = ?1 "
                + "and o.name = 'Acme Corp' and m.oidc_subject = ?2", created.program(), DemoProgram.PAUL_SUBJECT))
                .isEqualTo(1);
        assertThat(count("select count(*) from event_rsvp r join event e on e.id = r.event_id join program_member pm "
                + "on pm.program_id = e.program_id and pm.member_id = r.member_id where e.id = ?1 "
                + "and r.status = 'GOING'", created.program())).isEqualTo(DemoEvents.PROGRAM_GOING);

        // Once per database: a second start finds olivia's events and makes nothing.
        long series = count("select count(*) from event_series s join member m on m.id = s.organizer_id "
                + "where m.oidc_subject = ?1", olivia);
        assertThat(series).isEqualTo(1);
        String theirs = "(select e.id from event e join member m on m.id = e.organizer_id where m.oidc_subject = ?1 "
                + "or e.program_id = (select program_id from event where id = ?2))";
        long events = count("select count(*) from event where id in " + theirs, olivia, created.program());
        long rsvps = count("select count(*) from event_rsvp where event_id in " + theirs, olivia, created.program());
        assertThat(events).isEqualTo(4 + count("select count(*) from event where series_id = ?1", created.series()));
        assertThat(QuarkusTransaction.requiringNew().call(() -> demoEvents.create(cast))).isNull();
        assertThat(count("select count(*) from event where id in " + theirs, olivia, created.program()))
                .isEqualTo(events);
        assertThat(count("select count(*) from event_rsvp where event_id in " + theirs, olivia, created.program()))
                .isEqualTo(rsvps);
    }
}
