package dev.mentorhub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentorhub.demo.DemoData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/** The dev-mode demo program: built once over the demo population, with paul as its organization's admin. */
@QuarkusTest
class DemoProgramTest {

    @Inject
    DemoData demoData;

    @Inject
    DemoProgram demoProgram;

    @Inject
    EntityManager em;

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult())
                .longValue());
    }

    @Test
    void shouldBuildTheDemoProgramOnceOverTheDemoPopulation() {
        demoData.generate(DemoData.SUBJECT_PREFIX, 42, 6, 10, 3);
        long people = count("select count(*) from member where oidc_subject like 'demo:%'");
        QuarkusTransaction.requiringNew().run(demoProgram::create);
        QuarkusTransaction.requiringNew().run(demoProgram::create);

        assertThat(count("select count(*) from organization where name = 'Acme Corp'")).isEqualTo(1);
        assertThat(count("select count(*) from organization_admin a join organization o on o.id = a.organization_id "
                + "join member m on m.id = a.member_id where o.name = 'Acme Corp' and m.oidc_subject = '"
                + DemoProgram.PAUL_SUBJECT + "'")).isEqualTo(1);
        String program = "(select p.id from program p join organization o on o.id = p.organization_id "
                + "where o.name = 'Acme Corp')";
        assertThat(count("select count(*) from program_member where program_id = " + program))
                .isEqualTo(Math.min(people, 80));
        assertThat(count("select count(distinct department) from program_member where program_id = " + program))
                .isEqualTo(Math.min(people, 4));
        assertThat(count("select count(*) from program_member pm join member m "
                + "on lower(m.email) = lower(pm.manager_email) where pm.program_id = " + program))
                .isEqualTo(Math.min(people, 80) - 1);
        assertThat(count("select count(*) from program where exclude_reporting_line and id = " + program)).isEqualTo(1);
        assertThat(count("select count(*) from program_invitation where accepted_at is null and program_id = "
                + program)).isEqualTo(20);
        assertThat(count("select count(*) from cohort where state = 'ENROLLING' and program_id = " + program))
                .isEqualTo(1);
        assertThat(count("select count(*) from mentorship ms join program_member pm on pm.member_id = ms.mentee_id "
                + "where pm.program_id = " + program)).isPositive();
        assertThat(count("select count(*) from mentorship where started_at > now() or exists (select 1 from "
                + "match_request r where r.id = request_id and r.decided_at > now())")).as("nothing starts in the future")
                .isZero();
        // The program's own mentorships carry it, meet, and are rated: the dashboard's mentorship charts have data.
        assertThat(count("select count(*) from mentorship where match_factors is not null and cadence_weeks = 2 "
                + "and program_id = " + program)).isEqualTo(count("select count(*) from mentorship ms join "
                + "program_member pm on pm.member_id = ms.mentee_id where pm.program_id = " + program));
        assertThat(count("select count(*) from session_feedback f join mentoring_session s on s.id = f.session_id "
                + "join mentorship ms on ms.id = s.mentorship_id where s.status = 'HELD' and s.ends_at < now() "
                + "and ms.program_id = " + program)).isPositive();
        assertThat(count("select max(c) from (select count(*) c from mentorship where status = 'ACTIVE' "
                + "group by mentor_id) loads")).isLessThanOrEqualTo(2);
    }
}
