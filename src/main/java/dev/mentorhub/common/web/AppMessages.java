package dev.mentorhub.common.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** User-facing text of the page chrome, {@code {msg:nav_home}} in templates; Chinese in messages/msg_zh.properties. */
@MessageBundle("msg")
public interface AppMessages {

    @Message("MentorHub")
    String app_name();

    @Message("Find a mentor, and become one.")
    String app_tagline();

    @Message("Home")
    String nav_home();

    @Message("API")
    String nav_api();

    @Message("Directory")
    String nav_directory();

    @Message("Suggestions")
    String nav_suggestions();

    @Message("My profile")
    String nav_profile();

    @Message("Requests")
    String nav_requests();

    @Message("Mentorships")
    String nav_mentorships();

    @Message("Sessions")
    String nav_sessions();

    @Message("Events")
    String nav_events();

    @Message("Notifications")
    String nav_notifications();

    @Message("{count} unread")
    String nav_unread(long count);

    @Message("Sign in")
    String nav_sign_in();

    @Message("Register")
    String nav_register();

    @Message("Sign out")
    String nav_sign_out();

    @Message("Signed in as {name}")
    String nav_signed_in_as(String name);

    @Message("Language")
    String nav_language();

    @Message("Welcome back, {name}!")
    String home_welcome(String name);

    @Message("MentorHub pairs people who want to grow with people who have walked the road: mentors, mentees, and peers who teach each other.")
    String home_pitch();

    @Message("Get matched")
    String home_feature_match_title();

    @Message("An explainable score suggests mentors who teach what you want to learn, at times that suit you both.")
    String home_feature_match_text();

    @Message("Meet regularly")
    String home_feature_sessions_title();

    @Message("Schedule sessions that land in both calendars, with goals and notes that keep the mentorship on track.")
    String home_feature_sessions_text();

    @Message("Build your network")
    String home_feature_network_title();

    @Message("Meetups, paper-reading groups and networking rounds that pair people who have not met yet.")
    String home_feature_network_text();

    @Message("Sign in to get started")
    String home_cta();

    @Message("Member since {date}")
    String home_member_since(String date);

    @Message("Your roles: {roles}")
    String home_roles(String roles);

    @Message("Upcoming events")
    String home_events_title();

    @Message("Times in your time zone, {zone}.")
    String home_events_zone(String zone);

    @Message("Going")
    String home_events_going();

    @Message("On the waitlist")
    String home_events_waitlisted();

    @Message("All events")
    String home_events_all();

    @Message("No events coming up.")
    String home_events_empty();

    @Message("See past events")
    String home_events_past();

    @Message("Back to the home page")
    String error_back_home();

    @Message("Try again in about {minutes} minutes.")
    String error_retry_minutes(long minutes);

    @Message("Try again in about {hours} hours.")
    String error_retry_hours(long hours);

    @Message("Try again in about {days} days.")
    String error_retry_days(long days);

    @Message("Skills")
    String skills_nav();

    @Message("Skill taxonomy")
    String skills_title();

    @Message("The skills members choose for their profiles. Retired skills stay on existing profiles but are no longer offered.")
    String skills_intro();

    @Message("retired")
    String skills_retired();

    @Message("Add a skill")
    String skills_add_title();

    @Message("Slug (stable id)")
    String skills_slug();

    @Message("Lower-case words joined by hyphens, e.g. graph-neural-networks. It cannot be changed later.")
    String skills_slug_hint();

    @Message("English name")
    String skills_name_en();

    @Message("Chinese name")
    String skills_name_zh();

    @Message("Parent")
    String skills_parent();

    @Message("(top-level area)")
    String skills_top_level();

    @Message("Synonyms, separated by commas")
    String skills_synonyms();

    @Message("Add skill")
    String skills_add_submit();

    @Message("All skills")
    String skills_back();

    @Message("Names and synonyms")
    String skills_rename_title();

    @Message("Save names")
    String skills_rename_submit();

    @Message("Place in the tree")
    String skills_move_title();

    @Message("Move")
    String skills_move_submit();

    @Message("Status")
    String skills_status_title();

    @Message("Retire")
    String skills_retire();

    @Message("A retired skill, and every skill below it, is no longer offered for new profiles.")
    String skills_retire_hint();

    @Message("Restore")
    String skills_restore();

    @Message("Please correct the marked fields.")
    String skills_errors();

    @Message("Required.")
    String skills_error_required();

    @Message("At most {max} characters.")
    String skills_error_too_long(int max);

    @Message("At most {max} synonyms.")
    String skills_error_too_many_synonyms(int max);

    @Message("Use lower-case letters and digits, words joined by single hyphens.")
    String skills_error_slug();

    @Message("This slug is already taken.")
    String skills_error_duplicate();

    @Message("A skill cannot move under itself or one of its own sub-skills.")
    String skills_error_cycle();

    @Message("This parent does not exist or is retired.")
    String skills_error_unknown_parent();

    @Message("There is no skill \u2018{slug}\u2019.")
    String skills_not_found(String slug);

    @Message("There is no active skill \u2018{slug}\u2019.")
    String skills_unknown(String slug);

    @Message("Programs")
    String nav_programs();

    // Words that every feature's pages share: one key here, none in the feature bundles.

    @Message("Previous")
    String previous_page();

    @Message("Next")
    String next_page();

    @Message("Page {page} of {pages}")
    String page_of(int page, int pages);

    @Message("Cancel")
    String cancel();

    @Message("Save")
    String save();

    @Message("Accept")
    String accept();

    @Message("Search")
    String search();
}
