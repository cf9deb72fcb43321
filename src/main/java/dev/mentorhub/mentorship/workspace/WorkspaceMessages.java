package dev.mentorhub.mentorship.workspace;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Text of "My mentorships" and the workspace: {@code {workspace:...}}; Chinese in messages/workspace_zh.properties. */
@MessageBundle("workspace")
public interface WorkspaceMessages {

    @Message("My mentorships") String list_title();
    @Message("No mentorships yet. When a mentor accepts your request, or you accept one, it appears here.") String list_empty();
    @Message("Find a mentor") String find();
    @Message("Mentorship with {name}") String title(String name);
    @Message("You mentor {name}") String you_mentor(String name);
    @Message("{name} mentors you") String mentors_you(String name);
    @Message("{#switch status}{#case 'active'}Active{#case 'ended'}Ended{#else}{status}{/switch}") String status(String status);
    @Message("Started {date}") String started(String date);
    @Message("Planned until {date}") String planned_until(java.time.LocalDate date);
    @Message("Ended {date}") String ended_on(String date);
    @Message("Next session: {when}") String next_session(String when);
    @Message("No session booked") String no_session();
    @Message("{count} held") String held(int count);
    @Message("Milestones {done}/{total}") String milestone_count(long done, int total);
    @Message("Open") String open();
    @Message("Sessions and free times") String sessions();
    @Message("Book a session") String book();

    @Message("What we agreed") String agreement_title();
    @Message("Goals") String goals();
    @Message("Meet every") String cadence();
    @Message("{#switch weeks}{#case '1'}week{#case '2'}2 weeks{#case '4'}4 weeks{#else}not agreed yet{/switch}") String cadence_value(String weeks);
    @Message("Session length") String length();
    @Message("{#if minutes}{minutes} minutes{#else}not agreed yet{/if}") String length_value(String minutes);
    @Message("Planned end") String planned_end();
    @Message("Save") String save();
    @Message("No goals agreed yet.") String no_goals();

    @Message("Shared notes") String notes_title();
    @Message("Only the two of you see these notes. Markdown works: **bold**, lists, [links](https://example.org).") String notes_hint();
    @Message("No notes yet.") String notes_empty();
    @Message("Last edited by {name}, {date}") String notes_edited(String name, String date);
    @Message("Edit notes") String notes_edit();
    @Message("Save notes") String notes_save();
    @Message("Your unsaved text (copy what you need, then edit the notes again):") String notes_yours();

    @Message("Milestones") String milestones_title();
    @Message("No milestones yet. Add what you want to achieve together.") String milestones_empty();
    @Message("Add a milestone") String milestone_add();
    @Message("New milestone") String milestone_new();
    @Message("Mark done") String milestone_done();
    @Message("Mark not done") String milestone_undone();
    @Message("Remove") String milestone_remove();
    @Message("added by {name}") String milestone_by(String name);
    @Message("done by {name}, {date}") String milestone_done_by(String name, String date);

    @Message("End the mentorship") String end_title();
    @Message("How did it end?") String end_how();
    @Message("{#switch outcome}{#case 'completed'}Completed: we reached what we set out to do{#case 'ended-early'}Ended early{#else}{outcome}{/switch}") String outcome(String outcome);
    @Message("Reason (needed when ending early; sent to the other person)") String end_reason();
    @Message("End mentorship") String end();
    @Message("{#switch outcome}{#case 'completed'}Completed{#case 'ended-early'}Ended early{#else}Ended{/switch}") String outcome_short(String outcome);
    @Message("Ended by {name} on {date}.") String ended_by(String name, String date);
    @Message("Reason: {reason}") String ended_reason(String reason);
    @Message("This mentorship has ended; its workspace is read-only.") String read_only();

    @Message("""
            {#switch action}{#case 'agreed'}Saved. Your mentor or mentee sees the new agreement.\
            {#case 'notes'}Notes saved.{#case 'milestone-added'}Milestone added.{#case 'milestone-done'}Milestone done. Well done!\
            {#case 'milestone-undone'}Milestone marked not done.{#case 'milestone-removed'}Milestone removed.\
            {#case 'ended'}Mentorship ended. We have let the other person know.\
            {#case 'blocked'}Member blocked. Pending requests between you were closed.{#else}Done.{/switch}""")
    String done(String action);

    @Message("""
            {#switch code}{#case 'workspace-changed'}The other member saved changes while you were editing. Their \
            version is shown below; make your change again.\
            {#case 'milestone-limit'}A mentorship can have at most 50 milestones. Remove one first.\
            {#case 'mentorship-not-active'}This mentorship has already ended.\
            {#else}That did not work. Please try again.{/switch}""")
    String problem(String code);

    @Message("Please correct the marked fields.") String fix();

    @Message("""
            {#switch field}{#case 'goals'}Choose from the listed goals.{#case 'cadenceWeeks'}Choose every 1, 2 or 4 weeks.\
            {#case 'sessionMinutes'}Choose 30, 45 or 60 minutes.\
            {#case 'plannedEnd'}Pick a date between the start and two years after it.\
            {#case 'notes'}Notes can be at most 20000 characters.{#case 'title'}Give the milestone a title of at most 200 characters.\
            {#case 'reason'}Say why you end it early (at most 1000 characters).{#case 'outcome'}Choose how it ended.\
            {#else}Please check this value.{/switch}""")
    String error(String field);
}
