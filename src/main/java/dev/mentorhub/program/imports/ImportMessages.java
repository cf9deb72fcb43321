package dev.mentorhub.program.imports;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Text of the import page: {@code {imports:...}}; Chinese in messages/imports_zh.properties. */
@MessageBundle("imports")
public interface ImportMessages {

    @Message("Import people") String title();
    @Message("Import people into {program}") String heading(String program);
    @Message("""
            Upload a CSV file (UTF-8, header row first) or paste its text. The first step only checks the file and \
            writes nothing; if every row is fine, you can then import everyone at once. Each person gets an \
            invitation by email.""")
    String intro();
    @Message("Download the template CSV") String template();
    @Message("Columns: email (required), name, role (mentee, mentor or both; mentee if empty), teach_skills and "
            + "learn_skills (skill slugs separated by ;), department, manager_email (the direct manager's address). At "
            + "most 5000 rows and 1 MB.")
    String columns();
    @Message("CSV file") String file();
    @Message("…or paste the CSV text (used when no file is chosen)") String paste();
    @Message("Check the file") String check();
    @Message("Dry run report") String report();
    @Message("{total} rows read: {valid} fine, {bad} with problems.") String summary(int total, int valid, int bad);
    @Message("Problems by kind") String counts();
    @Message("Row") String row();
    @Message("Column") String column();
    @Message("Problem") String problem_header();
    @Message("…and {count} more problems not shown here. Fix these first and check again.")
    String not_shown(int count);
    @Message("Nothing will be imported while any row has a problem. Fix the file and check it again.")
    String nothing_imported();
    @Message("Every row is fine.") String all_fine();
    @Message("Import {count} people") String confirm(int count);
    @Message("Import done") String done_heading();
    @Message("{count} people were invited. Each will get an email with a link to join.") String done(int count);
    @Message("See the program's members") String members_link();
    @Message("Import another file") String import_more();

    @Message("""
            {#switch code}{#case 'empty'}The file is empty.\
            {#case 'too-large'}The file is larger than {value} bytes.\
            {#case 'not-utf8'}The file is not UTF-8 text; save it as "CSV UTF-8".\
            {#case 'malformed'}The file is not valid CSV: a quote is left open or text follows a closing quote.\
            {#case 'too-many-rows'}The file has more than {value} rows; split it.\
            {#case 'no-rows'}The file has a header but no rows.\
            {#case 'blank-column'}Column {value} of the header has no name.\
            {#case 'unknown-column'}Unknown column "{value}"; the columns are email, name, role, teach_skills, \
            learn_skills, department, manager_email.\
            {#case 'duplicate-column'}The column "{value}" appears twice.\
            {#case 'missing-email-column'}The header has no email column.\
            {#case 'column-count'}The row has {value} values, not one per header column.\
            {#case 'required'}Required.\
            {#case 'bad-email'}Not an email address: {value}\
            {#case 'duplicate-email'}The same address as row {value}.\
            {#case 'already-invited'}Already has an invitation to this program.\
            {#case 'already-member'}Already a member of this program.\
            {#case 'too-long'}Longer than {value} characters.\
            {#case 'bad-role'}Must be mentee, mentor or both, not "{value}".\
            {#case 'unknown-skill'}Not a skill of the taxonomy: {value}\
            {#case 'retired-skill'}A retired skill: {value}\
            {#case 'too-many-skills'}More than {value} skills.\
            {#case 'self-manager'}The person's own address: nobody manages themselves.\
            {#else}{code}{/switch}""")
    String problem(String code, String value);

    @Message("""
            {#switch code}{#case 'column-count'}Wrong number of values{#case 'required'}Missing email\
            {#case 'bad-email'}Bad email address{#case 'duplicate-email'}Address repeated in the file\
            {#case 'already-invited'}Already invited{#case 'already-member'}Already a member\
            {#case 'too-long'}Too long{#case 'bad-role'}Unknown role{#case 'unknown-skill'}Unknown skill\
            {#case 'retired-skill'}Retired skill{#case 'too-many-skills'}Too many skills\
            {#case 'self-manager'}Own manager{#else}File problem{/switch}""")
    String kind(String code);
}
