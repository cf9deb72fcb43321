package dev.mentorhub.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

/**
 * V14 on a database that already holds what its new unique indexes forbid (names that differ only in case, two
 * active mentorships for one pair, left there by the races V14 closes): the migration keeps the oldest as it is,
 * renames or ends the others, and then the indexes hold. Runs on a database of its own in the test PostgreSQL.
 */
@QuarkusTest
class HoldRemovalsMigrationTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @Test
    void shouldRenameCaseTwinsAndEndDoubleMentorshipsBeforeMakingTheIndexesHold() throws SQLException {
        String database = "v14_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + database);
        }
        String own = url.substring(0, url.lastIndexOf('/') + 1) + database;
        // Everything before V14, whichever versions the other migrations have.
        MigrationVersion before = Arrays.stream(flyway(own).load().info().all()).map(MigrationInfo::getVersion)
                .filter(v -> !v.isAtLeast("14")).max(Comparator.naturalOrder()).orElseThrow();
        flyway(own).target(before).load().migrate();
        try (Connection c = DriverManager.getConnection(own, user, ""); Statement s = c.createStatement()) {
            s.execute("""
                    insert into member (id, oidc_subject, username, display_name) values
                      ('00000000-0000-0000-0000-00000000000a', 'a', 'a', 'A'),
                      ('00000000-0000-0000-0000-00000000000b', 'b', 'b', 'B');
                    insert into organization (id, name, created_at) values
                      ('00000000-0000-0000-0000-0000000000f1', 'Org', now());
                    insert into program (id, organization_id, name, audience, matching_mode, eligibility, join_code,
                        created_at, updated_at) values
                      ('10000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-0000000000f1', 'Mentoring',
                        'OPEN', 'HYBRID', 'INVITE_ONLY', 'c1', now() - interval '2 days', now()),
                      ('20000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-0000000000f1', 'MENTORING',
                        'OPEN', 'HYBRID', 'INVITE_ONLY', 'c2', now() - interval '1 day', now());
                    insert into cohort (id, program_id, name, created_at, state_changed_at) values
                      ('30000000-0000-0000-0000-000000000003', '10000000-0000-0000-0000-000000000001', 'Spring',
                        now() - interval '2 days', now()),
                      ('40000000-0000-0000-0000-000000000004', '10000000-0000-0000-0000-000000000001', 'spring',
                        now() - interval '1 day', now());
                    insert into match_request (id, sender_id, recipient_id, kind, message, status, created_at,
                        decided_at, expires_at) values
                      ('50000000-0000-0000-0000-000000000005', '00000000-0000-0000-0000-00000000000a',
                        '00000000-0000-0000-0000-00000000000b', 'MENTORING', '', 'ACCEPTED', now(), now(), now()),
                      ('60000000-0000-0000-0000-000000000006', '00000000-0000-0000-0000-00000000000b',
                        '00000000-0000-0000-0000-00000000000a', 'MENTORING', '', 'ACCEPTED', now(), now(), now());
                    insert into mentorship (id, mentor_id, mentee_id, request_id, status, started_at) values
                      ('70000000-0000-0000-0000-000000000007', '00000000-0000-0000-0000-00000000000b',
                        '00000000-0000-0000-0000-00000000000a', '50000000-0000-0000-0000-000000000005', 'ACTIVE',
                        now() - interval '1 hour'),
                      ('80000000-0000-0000-0000-000000000008', '00000000-0000-0000-0000-00000000000a',
                        '00000000-0000-0000-0000-00000000000b', '60000000-0000-0000-0000-000000000006', 'ACTIVE',
                        now());
                    """);
        }

        flyway(own).target("14").load().migrate();

        try (Connection c = DriverManager.getConnection(own, user, ""); Statement s = c.createStatement()) {
            assertThat(strings(s, "select name from program order by created_at"))
                    .containsExactly("Mentoring", "MENTORING (20000000)");
            assertThat(strings(s, "select name from cohort order by created_at"))
                    .containsExactly("Spring", "spring (40000000)");
            assertThat(strings(s, "select status || ' ' || (ended_at is not null) from mentorship order by started_at"))
                    .containsExactly("ACTIVE false", "ENDED true");
            assertThatThrownBy(() -> s.execute("insert into program (id, organization_id, name, audience, "
                    + "matching_mode, eligibility, join_code, created_at, updated_at) values (gen_random_uuid(), "
                    + "'00000000-0000-0000-0000-0000000000f1', 'mentoring', 'OPEN', 'HYBRID', 'INVITE_ONLY', 'c3', "
                    + "now(), now())")).hasMessageContaining("program_name_uk");
            assertThatThrownBy(() -> s.execute("update mentorship set status = 'ACTIVE', ended_at = null "
                    + "where id = '80000000-0000-0000-0000-000000000008'"))
                    .hasMessageContaining("mentorship_active_pair_uk");
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("drop database if exists " + database + " with (force)");
            }
        }
    }

    private FluentConfiguration flyway(String jdbcUrl) {
        return Flyway.configure().dataSource(jdbcUrl, user, "").locations("classpath:db/migration");
    }

    private static List<String> strings(Statement s, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
