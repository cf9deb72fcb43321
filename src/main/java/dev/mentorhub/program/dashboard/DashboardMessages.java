package dev.mentorhub.program.dashboard;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Text of the program dashboard: {@code {dashboard:...}}; Chinese in messages/dashboard_zh.properties. A new chart adds its id to
 * {@link #chart_title} and {@link #chart_hint}, and any new row or column key to {@link #label}.
 */
@MessageBundle("dashboard")
public interface DashboardMessages {

    @Message("Dashboard: {name}") String title(String name);
    @Message("How the program is doing, from its members' activity since they joined. Every chart's numbers are in the table below it and as a CSV file.")
    String intro();
    @Message("All programs") String all_programs();
    @Message("Nobody has joined this program yet. The charts appear once the first members sign up; invitations sent so far: {invited}.")
    String empty(long invited);
    @Message("Download CSV") String download_csv();
    @Message("Numbers") String numbers();
    @Message("Showing {shown} of {total}.") String shown_of(int shown, int total);
    @Message("yes") String yes();
    @Message("no") String no();

    @Message("""
            {#switch id}{#case 'enrolment-funnel'}Enrolment funnel{#case 'match-rate'}Match rate\
            {#case 'time-to-match'}Time to first match{#case 'request-outcomes'}Request outcomes\
            {#case 'mentor-load'}Mentor load{#case 'skill-supply-demand'}Skill supply and demand\
            {#case 'sessions-held'}Sessions held per mentorship{#case 'mentorship-health'}Mentorships meeting\
            {#case 'factor-ratings'}Which match factors predict good ratings{#else}{id}{/switch}""")
    String chart_title(String id);

    @Message("""
            {#switch id}{#case 'enrolment-funnel'}Invitations sent, members who joined, finished onboarding, sent a \
            request since joining, and are in a mentorship that started since joining.\
            {#case 'match-rate'}Matched members out of all members, and whole days from joining to the first mentorship.\
            {#case 'time-to-match'}Matched members by the days from joining to their first mentorship.\
            {#case 'request-outcomes'}Requests sent by members since they joined, by what became of them.\
            {#case 'mentor-load'}Each mentor's active mentees against their capacity, most loaded first. Highlighted: full.\
            {#case 'skill-supply-demand'}Mentors who teach each skill and mentees who want to learn it. Highlighted: \
            short of mentors (more than two learners per mentor, or none).\
            {#case 'sessions-held'}The program's mentorships (requests sent in it) by how many sessions they have held.\
            {#case 'mentorship-health'}Active mentorships, sessions held per mentorship, the average rating members \
            gave their sessions (1–5), and the share of active mentorships with a session in their last cadence \
            period (four weeks when none was agreed).\
            {#case 'factor-ratings'}For each match factor, the correlation (−1 to 1) between its points when the \
            request was accepted and the pair's average session rating since. Above 0: more points went with better \
            ratings. Shown once three rated mentorships have points for it.{#else}{/switch}""")
    String chart_hint(String id);

    @Message("""
            {#switch key}{#case 'invited'}Invited{#case 'signed-up'}Signed up{#case 'onboarded'}Onboarded\
            {#case 'requested'}Requested a mentor{#case 'matched'}Matched\
            {#case 'match-rate-percent'}Match rate (%){#case 'median-days-to-match'}Median days to match\
            {#case 'p90-days-to-match'}90th percentile, days to match\
            {#case '0-1'}0–1 days{#case '2-7'}2–7 days{#case '8-14'}8–14 days{#case '15-30'}15–30 days\
            {#case '31+'}More than 30 days\
            {#case 'accepted'}Accepted{#case 'declined'}Declined{#case 'expired'}Expired{#case 'withdrawn'}Withdrawn\
            {#case 'pending'}Pending\
            {#case 'stage'}Stage{#case 'members'}Members{#case 'figure'}Figure{#case 'value'}Value{#case 'days'}Days\
            {#case 'outcome'}Outcome{#case 'requests'}Requests{#case 'mentor'}Mentor{#case 'active_mentees'}Active mentees\
            {#case 'capacity'}Capacity{#case 'full'}Full{#case 'skill'}Skill{#case 'name'}Skill\
            {#case 'mentors_teaching'}Mentors teaching{#case 'mentees_learning'}Mentees learning\
            {#case 'short_of_mentors'}Short of mentors{#case 'total'}Total\
            {#case 'held-0'}No session{#case 'held-1'}1 session{#case 'held-2'}2 sessions{#case 'held-3-5'}3–5 sessions\
            {#case 'held-6+'}6 or more{#case 'sessions'}Sessions held{#case 'mentorships'}Mentorships\
            {#case 'active-mentorships'}Active mentorships{#case 'sessions-per-mentorship'}Sessions held per mentorship\
            {#case 'average-rating'}Average session rating{#case 'ratings'}Ratings given\
            {#case 'met-on-cadence-percent'}Met in the last cadence period (%){#case 'factor'}Match factor\
            {#case 'correlation'}Correlation with rating{#case 'rated-mentorships'}Rated mentorships\
            {#case 'average-points'}Average points{#case 'goals'}Goals\
            {#case 'availability'}Availability{#case 'format-location'}Format and location{#case 'load'}Mentor load\
            {#else}{key}{/switch}""")
    String label(String key);
}
