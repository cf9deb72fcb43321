package dev.mentorhub.program.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Text of the admin pages (organizations, programs, cohorts, members, audit): {@code {admin:...}}; Chinese in admin_zh. */
@MessageBundle("admin")
public interface AdminMessages {

    @Message("Admin") String nav_admin();
    @Message("Please correct the marked fields.") String fix_errors();
    @Message("Saved.") String saved();

    @Message("Settings") String sub_settings();
    @Message("Cohorts") String sub_cohorts();
    @Message("Members") String sub_members();
    @Message("Dashboard") String sub_dashboard();
    @Message("Import") String sub_import();
    @Message("Needs attention") String sub_attention();
    @Message("Mentorships") String sub_mentorships();
    @Message("Audit log") String sub_audit();
    @Message("All programs") String sub_programs();

    @Message("Organizations") String orgs_title();
    @Message("Organizations run programs. Their admins administer every program of their organization.")
    String orgs_intro();
    @Message("No organizations yet. Create the first one below.") String orgs_empty();
    @Message("New organization") String orgs_create();
    @Message("Name") String orgs_name();
    @Message("Create") String orgs_create_submit();
    @Message("Admins") String orgs_admins();
    @Message("No admins yet.") String orgs_no_admins();
    @Message("Email of a member who has signed in at least once") String orgs_email();
    @Message("Appoint admin") String orgs_appoint_submit();
    @Message("Dismiss") String orgs_dismiss();
    @Message("Dismiss {name} as an admin of {org}?") String orgs_dismiss_confirm(String name, String org);
    @Message("Yes, dismiss") String orgs_dismiss_yes();
    @Message("Created {date}") String orgs_created(String date);

    @Message("Programs I administer") String programs_title();
    @Message("You administer no organization yet. A platform admin can appoint you.") String programs_no_orgs();
    @Message("No programs in this organization yet.") String programs_empty();
    @Message("New program") String programs_new();
    @Message("New program in {org}") String program_new_title(String org);
    @Message("Create program") String program_create();
    @Message("Save settings") String program_save();
    @Message("Enrolment open") String enrolment_open();
    @Message("Enrolment closed") String enrolment_closed();

    @Message("Name") String f_name();
    @Message("Description") String f_description();
    @Message("Audience") String f_audience();
    @Message("{#switch value}{#case 'open'}Open community (every signed-in member sees it){#case 'restricted'}Restricted to its members{#else}{value}{/switch}")
    String audience(String value);
    @Message("Matching mode") String f_matchingMode();
    @Message("{#switch value}{#case 'self-service'}Self-service requests{#case 'admin-run'}Admin-run cohort matching{#case 'hybrid'}Hybrid{#else}{value}{/switch}")
    String mode(String value);
    @Message("Who may join") String f_eligibility();
    @Message("{#switch value}{#case 'invite-only'}Invitation or join link only{#case 'email-domain'}Email domain{#case 'keycloak-group'}Keycloak group{#else}{value}{/switch}")
    String eligibility(String value);
    @Message("Email domain or group") String f_eligibilityValue();
    @Message("For an email domain, e.g. example.com; for a Keycloak group, its name. Empty for invitation only.")
    String f_eligibilityValue_hint();
    @Message("Enrolment opens on") String f_enrolmentOpensOn();
    @Message("Enrolment closes on") String f_enrolmentClosesOn();
    @Message("Leave a date empty for no limit.") String f_window_hint();
    @Message("Matching weights") String f_weights();
    @Message("How much each factor counts, relative to the others; prefilled with the engine's defaults.")
    String f_weights_hint();
    @Message("{#switch value}{#case 'skill'}Skills{#case 'stage'}Career stage{#case 'goals'}Goals{#case 'availability'}Availability{#case 'formatLocation'}Format and location{#case 'load'}Free places{#else}{value}{/switch}")
    String weight(String value);
    @Message("Matching rules") String f_rules();
    @Message("Suggestions inside the program leave out pairs these rules exclude. Set members' departments and "
            + "managers on the Members page or in the CSV import.")
    String f_rules_hint();
    @Message("Never pair people from the same department") String f_excludeSameDepartment();
    @Message("Never pair people in one reporting line (a manager and anyone below them)")
    String f_excludeReportingLine();
    @Message("Relationship length (months)") String f_relationshipMonths();
    @Message("Check-in every (days)") String f_checkInDays();
    @Message("Extra onboarding questions") String f_questions();
    @Message("Members answer these when they join. Leave a row empty to drop it; options one per line.")
    String f_questions_hint();
    @Message("Id") String q_id();
    @Message("Question") String q_text();
    @Message("Kind") String q_kind();
    @Message("Options (one per line)") String q_options();
    @Message("Answers feed matching") String q_feeds();
    @Message("{#switch value}{#case 'short-text'}Short text{#case 'single-choice'}Single choice{#case 'multi-choice'}Multiple choice{#else}{value}{/switch}")
    String kind(String value);
    @Message("Join link") String join_link();
    @Message("Anyone with this link can join; the eligibility rule still applies.") String join_link_hint();
    @Message("Replace link") String join_replace();
    @Message("Replace the join link? The current link stops working at once.") String join_replace_confirm();
    @Message("Yes, replace") String join_replace_yes();

    @Message("Cohorts") String cohorts_title();
    @Message("No cohorts yet. Create one, then open it for enrolment.") String cohorts_empty();
    @Message("New cohort") String cohort_new();
    @Message("Name") String cohort_name();
    @Message("Enrolment closes on (optional)") String cohort_closes();
    @Message("Create cohort") String cohort_create();
    @Message("State") String cohort_state();
    @Message("Enrolled") String cohort_enrolled();
    @Message("{mentees} mentee(s), {mentors} mentor(s), {both} both") String cohort_counts(long mentees, long mentors, long both);
    @Message("{#switch value}{#case 'draft'}Draft{#case 'enrolling'}Enrolling{#case 'matching'}Matching{#case 'active'}Active{#case 'closed'}Closed{#else}{value}{/switch}")
    String state(String value);
    @Message("{#switch value}{#case 'enrolling'}Open enrolment{#case 'matching'}Start matching{#case 'active'}Activate{#case 'closed'}Close{#else}{value}{/switch}")
    String cohort_move(String value);
    @Message("Move “{name}” to “{state}”? Cohorts never move back.") String cohort_move_confirm(String name, String state);
    @Message("Yes") String yes();
    @Message("No next state: this cohort is closed.") String cohort_final();

    @Message("Members") String members_title();
    @Message("Name or email") String members_search();
    @Message("No members yet. Invite people below, share the join link, or import a CSV file.") String members_empty();
    @Message("No member matches “{q}”.") String members_no_match(String q);
    @Message("Name") String col_name();
    @Message("Email") String col_email();
    @Message("Role") String col_role();
    @Message("Joined through") String col_source();
    @Message("Joined") String col_joined();
    @Message("{#switch value}{#case 'mentee'}Mentee{#case 'mentor'}Mentor{#case 'both'}Mentor and mentee{#else}{value}{/switch}")
    String role(String value);
    @Message("{#switch value}{#case 'invite'}Invitation{#case 'link'}Join link{#case 'import'}CSV import{#case 'self'}Joined by themselves{#else}{value}{/switch}")
    String source(String value);
    @Message("Department") String col_department();
    @Message("Manager") String col_manager();
    @Message("Edit") String org_edit();
    @Message("Department and manager of {name}") String org_title(String name);
    @Message("Used by the program's matching rules (same department, reporting line). Leave a box empty when it is "
            + "not known.")
    String org_hint();
    @Message("Department") String f_department();
    @Message("Manager's email address") String f_managerEmail();
    @Message("Change role") String role_change();
    @Message("Remove") String remove();
    @Message("Remove {name} from this program? They leave its open cohorts too.") String remove_confirm(String name);
    @Message("Yes, remove") String remove_yes();
    @Message("Invite by email") String invite_title();
    @Message("Email addresses, one per line") String invite_emails();
    @Message("Role") String invite_role();
    @Message("Send invitations") String invite_submit();
    @Message("{invited} invitation(s) sent; {skipped} address(es) were already invited.") String invite_result(int invited, int skipped);
    @Message("Import from CSV") String import_link();
    @Message("Invitations") String invitations_title();
    @Message("No invitations yet.") String invitations_empty();
    @Message("Invited") String col_invited();
    @Message("Status") String col_status();
    @Message("Accepted") String inv_accepted();
    @Message("Pending") String inv_pending();
    @Message("Expired (invite again to renew)") String inv_expired();

    @Message("Audit log") String audit_title();
    @Message("Audit log of all organizations") String audit_all_title();
    @Message("Nothing recorded yet.") String audit_empty();
    @Message("When") String col_when();
    @Message("Who") String col_who();
    @Message("What") String col_what();
    @Message("Change") String col_change();
    @Message("a former member") String audit_unknown_actor();
    @Message("""
            {#switch value}{#case 'organization.created'}Created the organization\
            {#case 'organization.admin-appointed'}Appointed an admin{#case 'organization.admin-dismissed'}Dismissed an admin\
            {#case 'program.created'}Created the program{#case 'program.updated'}Changed the settings\
            {#case 'program.join-link-rotated'}Replaced the join link{#case 'program.members-invited'}Invited members\
            {#case 'member.removed'}Removed a member{#case 'member.role-changed'}Changed a member's role\
            {#case 'member.org-changed'}Changed a member's department or manager\
            {#case 'cohort.created'}Created a cohort{#case 'cohort.moved'}Moved a cohort{#else}{value}{/switch}""")
    String action(String value);

    @Message("""
            {#switch key}{#case 'name'}Enter a name of 1 to 200 characters.{#case 'description'}At most 4000 characters.\
            {#case 'choice'}Choose one of the options.\
            {#case 'eligibilityValue-domain'}Enter an email domain such as example.com.\
            {#case 'eligibilityValue-group'}Enter the name of a Keycloak group.\
            {#case 'date'}Enter a date as YYYY-MM-DD.{#case 'enrolmentClosesOn'}Must not be before the opening date.\
            {#case 'weights'}Weights are numbers of zero or more, not all zero.{#case 'number'}Enter a whole number.\
            {#case 'relationshipMonths'}Between 1 and 36 months.{#case 'checkInDays'}Between 1 and 180 days.\
            {#case 'question.id'}1 to 40 lower-case letters, digits or dashes, each id used once.\
            {#case 'question.text'}Enter the question, at most 300 characters.{#case 'question.kind'}Choose a kind.\
            {#case 'question.options'}A choice needs 2 to 20 different options of at most 100 characters; short text has none.\
            {#case 'questions'}At most 20 questions.{#case 'duplicate-name'}This name is already used here.\
            {#case 'emails'}Enter 1 to 1000 addresses.{#case 'bad-emails'}These are not email addresses:\
            {#case 'unknown-email'}No member with this email has signed in yet.\
            {#case 'department'}At most 200 characters.\
            {#case 'managerEmail'}Enter the manager's email address (not the member's own), or leave it empty.\
            {#case 'cohort-state'}Matching needs at least one mentor and one mentee enrolled in the cohort.\
            {#case 'state'}This cohort cannot move to that state.\
            {#else}Please check this value.{/switch}""")
    String error(String key);
}
