package dev.mentorhub.profile;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Text of the profile, onboarding and directory pages: {@code {profile:...}}; Chinese in messages/profile_zh.properties. */
@MessageBundle("profile")
public interface ProfileMessages {

    @Message("My profile") String my_profile();
    @Message("Edit profile") String edit_profile();
    @Message("Directory") String directory();
    @Message("Back") String back();
    @Message("Next") String next();
    @Message("Finish") String finish();
    @Message("Skip for now") String skip();
    @Message("Profile saved.") String saved();
    @Message("Please correct the highlighted fields.") String fix_errors();

    @Message("Display name") String field_displayName();
    @Message("Headline") String field_headline();
    @Message("About you") String field_bio();
    @Message("Career stage") String field_careerStage();
    @Message("I want to") String field_roles();
    @Message("Mentor others") String role_mentor();
    @Message("Find a mentor") String role_mentee();
    @Message("Skills I can teach") String field_teachSkills();
    @Message("Skills I want to learn") String field_learnSkills();
    @Message("Proficiency (1-5)") String field_proficiency();
    @Message("Target level (1-5)") String field_targetLevel();
    @Message("Goals") String field_goals();
    @Message("Other goals, in your words") String field_goalsText();
    @Message("Languages (ISO codes, e.g. en, zh)") String field_languages();
    @Message("Preferred formats") String field_formats();
    @Message("Time zone") String field_timeZone();
    @Message("Weekly availability (your local time)") String field_availability();
    @Message("Mentees I can take at once (0 = paused)") String field_mentorCapacity();
    @Message("City") String field_city();
    @Message("Country (ISO code, e.g. CN)") String field_country();
    @Message("Links") String field_links();
    @Message("Who can see my profile") String field_visibility();
    @Message("Choose a skill") String choose_skill();
    @Message("Day") String day();
    @Message("From") String from();
    @Message("To") String to();

    @Message("""
            {#switch value}{#case 'student'}Student{#case 'early-career'}Early career{#case 'mid-level'}Mid-level\
            {#case 'senior'}Senior{#case 'staff-principal'}Staff / principal{#case 'leader-manager'}Leader / manager\
            {#else}Not set{/switch}""")
    String stage(String value);

    @Message("""
            {#switch value}{#case 'career-growth'}Career growth{#case 'first-ml-job'}First ML job\
            {#case 'transition-into-ml'}Transition into ML{#case 'interview-preparation'}Interview preparation\
            {#case 'promotion'}Promotion{#case 'research-paper-reading'}Research paper reading\
            {#case 'production-deployment'}Production deployment{#case 'leadership'}Leadership\
            {#case 'public-speaking'}Public speaking{#case 'networking'}Networking{#else}{value}{/switch}""")
    String goal(String value);

    @Message("{#switch value}{#case 'video'}Video call{#case 'in-person'}In person{#case 'chat'}Chat{#else}{value}{/switch}")
    String format(String value);

    @Message("""
            {#switch value}{#case 'everyone'}Everyone signed in{#case 'programs'}Only members of my programs\
            {#case 'hidden'}Hidden{#else}{value}{/switch}""")
    String visibility(String value);

    @Message("""
            {#switch value}{#case 'monday'}Monday{#case 'tuesday'}Tuesday{#case 'wednesday'}Wednesday\
            {#case 'thursday'}Thursday{#case 'friday'}Friday{#case 'saturday'}Saturday{#case 'sunday'}Sunday\
            {#else}{value}{/switch}""")
    String weekday(String value);

    @Message("""
            {#switch value}{#case 'roles'}whether you mentor, want a mentor, or both{#case 'career-stage'}your career stage\
            {#case 'headline'}a headline{#case 'bio'}a few words about you{#case 'teach-skills'}skills you can teach\
            {#case 'learn-skills'}skills you want to learn{#case 'goals'}your goals{#case 'languages'}languages you speak\
            {#case 'availability'}when you are available{#case 'formats'}how you like to meet{#else}{value}{/switch}""")
    String missing(String value);

    @Message("Profile {score}% complete") String completeness(int score);
    @Message("For better matches, add: ") String completeness_add();
    @Message("Your profile is complete. Great matches ahead!") String completeness_done();
    @Message("Finish your profile") String finish_profile();
    @Message("Mentor") String badge_mentor();
    @Message("Mentee") String badge_mentee();
    @Message("Inactive") String badge_inactive();
    @Message("Teaches") String teaches();
    @Message("Wants to learn") String learns();
    @Message("Available") String available();
    @Message("Last active {date}") String last_active(String date);
    @Message("Capacity: {count} mentee(s)") String capacity(int count);

    @Message("Welcome! Let's set up your profile") String onboarding_title();
    @Message("Step {step} of {total}") String onboarding_step(int step, int total);
    @Message("Takes about two minutes. You can skip and come back any time.") String onboarding_hint();
    @Message("Who are you here as?") String onboarding_step1();
    @Message("What can you teach, and what do you want to learn?") String onboarding_step2();
    @Message("What are you aiming for?") String onboarding_step3();
    @Message("When can you meet?") String onboarding_step4();

    @Message("Find people") String directory_title();
    @Message("Role") String filter_role();
    @Message("Skill (includes sub-skills)") String filter_skill();
    @Message("Language") String filter_language();
    @Message("UTC offset from") String filter_offset_min();
    @Message("to") String filter_offset_max();
    @Message("Only mentors with free capacity") String filter_has_capacity();
    @Message("Any") String any();
    @Message("{total} people found") String directory_found(long total);
    @Message("Nobody matches these filters yet. Try a broader skill or fewer filters.") String directory_empty();

    @Message("Your data") String data_title();
    @Message("Download everything we store about you") String export();
    @Message("Delete my account") String delete_account();
    @Message("This erases for good your profile, your request messages, your program answers and everything else we store "
            + "about you. Open requests are withdrawn and active mentorships ended; the other person is told that a "
            + "deleted member did so. Download your data first if you want to keep it. Type DELETE to confirm.")
    String delete_warning();
    @Message("Type DELETE to confirm.") String delete_confirm_required();
    @Message("Your account data has been deleted.") String deleted();
    @Message("This profile is hidden or does not exist.") String not_visible();

    @Message("Block") String block();
    @Message("Block {name}") String block_title(String name);
    @Message("""
            {name} will not be suggested to you and you will not be suggested to them, neither of you can send the \
            other a request, open requests between you are closed, and they leave your directory. They are not told.""")
    String block_explain(String name);
    @Message("Yes, block") String block_confirm();
    @Message("You blocked this member.") String blocked_notice();
    @Message("Unblock") String unblock();
    @Message("Blocked members") String blocked_title();
    @Message("You have not blocked anyone.") String blocked_none();
    @Message("Blocked on {date}") String blocked_since(String date);
}
