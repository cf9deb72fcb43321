package dev.mentorhub.program.web;

import dev.mentorhub.program.invitation.Invitation;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Text of the member's program pages (/programs, /join, /invitations) and the admins' attention lists:
 * {@code {programs:...}}; Chinese in messages/programs_zh.properties.
 */
@MessageBundle("programs")
public interface ProgramPageMessages {

    @Message("Programs") String title();
    @Message("My programs") String mine();
    @Message("You do not belong to any program yet.") String mine_empty();
    @Message("Programs you can join") String joinable();
    @Message("There are no other programs open to you right now.") String joinable_empty();
    @Message("Invitations for you") String invitations();
    @Message("Invited by {name}") String invited_by(String name);
    @Message("Join") String join();
    @Message("Join as") String join_as();
    @Message("By invitation only") String by_invitation();
    @Message("Enrolment is closed") String enrolment_closed();
    @Message("My role: {role}") String my_role(String role);
    @Message("Open") String open();
    @Message("Leave") String leave();
    @Message("Back to programs") String back();
    @Message("You joined the program.") String joined();
    @Message("You left the program.") String left();
    @Message("Your answers were saved.") String answers_saved();
    @Message("You enrolled in the cohort.") String enrolled();
    @Message("You left the cohort.") String unenrolled();

    @Message("{#switch role}{#case 'mentee'}Mentee{#case 'mentor'}Mentor{#case 'both'}Mentor and mentee{#else}{role}{/switch}")
    String role(String role);

    @Message("""
            {#switch mode}{#case 'self-service'}Members send each other requests{#case 'admin-run'}Admins match \
            each cohort{#case 'hybrid'}Requests, and cohort matching by the admins{#else}{mode}{/switch}""")
    String matching_mode(String mode);

    @Message("""
            {#switch state}{#case 'draft'}Draft{#case 'enrolling'}Enrolling{#case 'matching'}Matching\
            {#case 'active'}Active{#case 'closed'}Closed{#else}{state}{/switch}""")
    String cohort_state(String state);

    @Message("How pairs form") String matching();
    @Message("Enrolment") String enrolment();
    @Message("from {date}") String enrolment_from(String date);
    @Message("until {date}") String enrolment_until(String date);
    @Message("always open") String enrolment_always();
    @Message("Relationship length") String relationship();
    @Message("{months} months") String months(int months);
    @Message("Check-ins") String check_in();
    @Message("every {days} days") String every_days(int days);
    @Message("Pairing rules") String rules();
    @Message("never within a department") String rule_department();
    @Message("never with your manager or anyone in your reporting line") String rule_reporting_line();
    @Message("Cohorts") String cohorts();
    @Message("No cohort is open to you yet.") String cohorts_empty();
    @Message("{mentees} mentees · {mentors} mentors · {both} both") String cohort_counts(long mentees, long mentors, long both);
    @Message("Enrol") String enrol();
    @Message("You are enrolled") String is_enrolled();
    @Message("Leave cohort") String leave_cohort();
    @Message("A few questions from the program") String questions();
    @Message("Your answers help the program match you. All questions are optional.") String questions_hint();
    @Message("Save answers") String save_answers();
    @Message("Please correct the highlighted answers.") String fix_errors();
    @Message("Pick one of the options.") String error_single();
    @Message("Pick only from the options.") String error_multi();
    @Message("At most {max} characters.") String error_text(int max);
    @Message("Join this program to answer its questions and enrol in its cohorts.") String join_to_take_part();

    @Message("Leave {program}?") String leave_title(String program);
    @Message("You will no longer see the program's members-only content, and you will be taken out of its cohorts that have not started. You can join again later if the program allows it.")
    String leave_text();
    @Message("Leave the cohort {cohort}?") String leave_cohort_title(String cohort);
    @Message("You can enrol again while the cohort is enrolling.") String leave_cohort_text();

    @Message("Join {program}") String join_title(String program);
    @Message("You were given a link to this program.") String join_intro();
    @Message("You already belong to this program.") String already_member();
    @Message("Invitation to {program}") String invitation_title(String program);
    @Message("You are invited as: {role}") String invited_as(String role);
    @Message("You have already accepted this invitation.") String invitation_accepted();


    @Message("Needs attention · {program}") String attention_title(String program);
    @Message("Pending requests ({count})") String tab_requests(long count);
    @Message("Unmatched mentees ({count})") String tab_mentees(long count);
    @Message("Inactive mentors ({count})") String tab_mentors(long count);
    @Message("Requests from this program's members that are more than half-way to their deadline or past it. A reminder mails the person asked; each request gets at most one reminder a day, counting the automatic one.")
    String requests_hint();
    @Message("Mentees and mentor-mentees of this program who have no active mentorship.") String mentees_hint();
    @Message("Mentors of this program with no accepted request and no mentorship started in the last 30 days, or not seen for 30 days.")
    String mentors_hint();
    @Message("No pending request needs attention.") String requests_empty();
    @Message("Every mentee has a mentor.") String mentees_empty();
    @Message("Every mentor has been active in the last 30 days.") String mentors_empty();
    @Message("Quiet mentorships ({count})") String tab_mentorships(long count);
    @Message("Active mentorships of this program with no session held, agreed or proposed for two cadence periods (four weeks when the pair set no cadence). Both members get one reminder per quiet spell.")
    String mentorships_hint();
    @Message("Every mentorship has met recently.") String mentorships_empty();
    @Message("Mentorships in {program}") String mentorships_title(String program);
    @Message("Mentorships whose request was sent in this program. You see dates, counts and status; goals, notes, milestones, feedback and end reasons stay with the pair.")
    String all_mentorships_hint();
    @Message("No mentorships in this program yet.") String all_mentorships_empty();
    @Message("{#switch status}{#case 'active'}Active{#case 'ended'}Ended{#else}All{/switch}") String mentorship_filter(String status);
    @Message("{#switch status}{#case 'active'}Active{#case 'completed'}Completed{#case 'ended-early'}Ended early{#else}Ended{/switch}") String mentorship_status(String status);
    @Message("Status") String col_status();
    @Message("Planned end") String col_planned_end();
    @Message("Ended") String col_ended();
    @Message("Sessions held") String col_held();
    @Message("Next session") String col_next_session();
    @Message("Milestones") String col_milestones();
    @Message("Mentor") String col_mentor();
    @Message("Mentee") String col_mentee();
    @Message("Started") String col_started();
    @Message("Last session") String col_last_session();
    @Message("Cadence") String col_cadence();
    @Message("Days quiet") String col_days_quiet();
    @Message("Reminded") String col_nudged();
    @Message("{#if weeks == 1}Every week{#else}Every {weeks} weeks{/if}") String cadence_weeks(int weeks);
    @Message("Not set") String cadence_none();
    @Message("From") String col_from();
    @Message("To") String col_to();
    @Message("Sent") String col_sent();
    @Message("Deadline") String col_deadline();
    @Message("Last reminder") String col_reminded();
    @Message("Name") String col_name();
    @Message("Role") String col_role();
    @Message("Joined") String col_joined();
    @Message("Days waiting") String col_days();
    @Message("Last match") String col_last_match();
    @Message("Last seen") String col_last_seen();
    @Message("Why") String col_why();
    @Message("overdue") String overdue();
    @Message("never") String never();
    @Message("Send reminder") String send_reminder();
    @Message("Reminded already; next reminder from {when}") String remind_from(String when);
    @Message("No match in 30 days") String reason_no_match();
    @Message("Not seen for 30 days") String reason_not_seen();
    @Message("The reminder was queued.") String reminded();
    @Message("The person was reminded less than a day ago; no second reminder was sent.") String reminded_recently();
    @Message("The reminder could not be sent: this request is no longer pending, or the person has no email address.")
    String remind_failed();
}
