package dev.mentorhub.program.imports;

import dev.mentorhub.common.Slugged;
import dev.mentorhub.common.security.Caller;
import dev.mentorhub.program.JoinSource;
import dev.mentorhub.program.MemberOrgRequest;
import dev.mentorhub.program.MembershipService;
import dev.mentorhub.program.Program;
import dev.mentorhub.program.ProgramAccess;
import dev.mentorhub.program.ProgramConflictException;
import dev.mentorhub.program.ProgramRole;
import dev.mentorhub.program.RosterService;
import dev.mentorhub.program.invitation.ImportedDetails;
import dev.mentorhub.program.invitation.InvitationLimit;
import dev.mentorhub.program.invitation.InvitationService;
import dev.mentorhub.program.invitation.InviteResult;
import dev.mentorhub.program.invitation.NewInvitation;
import dev.mentorhub.skill.SkillService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Bulk onboarding from a CSV file (format in docs/programs.md): a dry run that reports every row's problems and
 * writes nothing, and an all-or-nothing import that turns every row into an invitation (source IMPORT) in one
 * transaction through {@link InvitationService#inviteAll}, which also queues the mail and records the audit event.
 */
@ApplicationScoped
public class ImportService {

    static final int MAX_EMAIL = MemberOrgRequest.MAX_EMAIL;
    static final int MAX_TEXT = MemberOrgRequest.MAX_TEXT;
    static final int MAX_SKILLS = 30;

    private final ProgramAccess access;
    private final InvitationService invitationService;
    private final RosterService roster;
    private final SkillService skills;
    private final InvitationLimit invitationLimit;

    ImportService(ProgramAccess access, InvitationService invitationService, RosterService roster,
            SkillService skills, InvitationLimit invitationLimit) {
        this.access = access;
        this.invitationService = invitationService;
        this.roster = roster;
        this.skills = skills;
        this.invitationLimit = invitationLimit;
    }

    /** The name of a program the caller administers (404 otherwise): the import page's heading. */
    public String programName(Caller caller, UUID programId) {
        return access.administered(caller, programId).settings().name();
    }

    /** The dry run: every problem of every row, and nothing written. */
    @Transactional
    public ImportReport check(Caller caller, UUID programId, byte[] csv) {
        return checked(access.administered(caller, programId), csv).report();
    }

    /**
     * Invites every row, or nobody: any problem refuses the whole file with {@link ImportRejectedException}. Mail and
     * the audit event are written in the same transaction as the invitations.
     */
    @Transactional
    public ImportReport importAll(Caller caller, UUID programId, byte[] csv, Locale locale) {
        Program program = access.administered(caller, programId);
        Checked checked = checked(program, csv);
        if (!checked.report().importable()) {
            throw new ImportRejectedException(checked.report());
        }
        invitationLimit.consume(program, checked.people().size());
        InviteResult result = invitationService.inviteAll(caller, program, checked.people(), JoinSource.IMPORT,
                locale);
        if (!result.alreadyInvited().isEmpty()) {
            // Someone invited these addresses since the check above; throwing rolls every invitation back.
            throw new ProgramConflictException("import-raced", result.alreadyInvited().size() + " addresses were "
                    + "invited by someone else during the import; nothing was imported. Check the file again.");
        }
        return checked.report().asImported(result.invited().size());
    }

    private record Checked(ImportReport report, List<NewInvitation> people) {
    }

    private Checked checked(Program program, byte[] csv) {
        ImportCsv.Parsed parsed = ImportCsv.parse(csv);
        if (!parsed.problems().isEmpty()) {
            return new Checked(ImportReport.checked(parsed.rows().size(), 0, parsed.problems()), List.of());
        }
        Context context = context(program, parsed.rows());
        List<ImportProblem> problems = new ArrayList<>();
        List<NewInvitation> people = new ArrayList<>();
        for (ImportCsv.Row row : parsed.rows()) {
            int before = problems.size();
            NewInvitation person = person(row, parsed.columns(), context, problems);
            if (problems.size() == before) {
                people.add(person);
            }
        }
        return new Checked(ImportReport.checked(parsed.rows().size(), people.size(), problems), people);
    }

    /** What the rows are checked against, read in a few queries for the whole file. */
    private record Context(Set<String> invited, Set<String> members, Map<String, Boolean> skillUsable,
            Map<String, Integer> firstRowOfEmail) {
    }

    private Context context(Program program, List<ImportCsv.Row> rows) {
        Set<String> emails = new HashSet<>();
        Set<String> slugs = new HashSet<>();
        for (ImportCsv.Row row : rows) {
            String email = row.get(ImportCsv.EMAIL);
            if (!email.isEmpty() && email.length() <= MAX_EMAIL) {
                emails.add(email.toLowerCase(Locale.ROOT));
            }
            slugs.addAll(slugs(row.get(ImportCsv.TEACH_SKILLS)));
            slugs.addAll(slugs(row.get(ImportCsv.LEARN_SKILLS)));
        }
        return new Context(new HashSet<>(invitationService.alreadyInvited(program.id(), emails)),
                new HashSet<>(roster.activeMemberEmails(program.id(), emails)), skills.usability(slugs),
                new HashMap<>());
    }

    /** The row as an invitation; adds its problems to {@code problems} (then the result is not used). */
    private static NewInvitation person(ImportCsv.Row row, int columns, Context context,
            List<ImportProblem> problems) {
        int r = row.row();
        if (row.size() != columns) {
            problems.add(ImportProblem.ofRow(r, "row", "column-count", String.valueOf(row.size())));
        }
        String email = row.get(ImportCsv.EMAIL);
        checkEmail(r, email, context, problems);
        String name = text(r, ImportCsv.NAME, row.get(ImportCsv.NAME), problems);
        String roleText = row.get(ImportCsv.ROLE);
        ProgramRole role = roleText.isEmpty() ? ProgramRole.MENTEE
                : Slugged.parse(ProgramRole.class, roleText.toLowerCase(Locale.ROOT)).orElse(null);
        if (role == null) {
            problems.add(ImportProblem.ofRow(r, ImportCsv.ROLE, "bad-role", roleText));
        }
        List<String> teach = skills(r, ImportCsv.TEACH_SKILLS, row.get(ImportCsv.TEACH_SKILLS), context, problems);
        List<String> learn = skills(r, ImportCsv.LEARN_SKILLS, row.get(ImportCsv.LEARN_SKILLS), context, problems);
        String department = text(r, ImportCsv.DEPARTMENT, row.get(ImportCsv.DEPARTMENT), problems);
        String manager = managerEmail(r, email, row.get(ImportCsv.MANAGER_EMAIL), problems);
        return new NewInvitation(email, name, role, new ImportedDetails(teach, learn, department, manager).toJson());
    }

    /** Optional; an address, and not the row's own: nobody manages themselves. Null when empty. */
    private static String managerEmail(int row, String email, String manager, List<ImportProblem> problems) {
        if (manager.isEmpty()) {
            return null;
        }
        if (manager.length() > MAX_EMAIL) {
            problems.add(ImportProblem.ofRow(row, ImportCsv.MANAGER_EMAIL, "too-long", String.valueOf(MAX_EMAIL)));
        } else if (!MembershipService.isEmail(manager)) {
            problems.add(ImportProblem.ofRow(row, ImportCsv.MANAGER_EMAIL, "bad-email", manager));
        } else if (manager.equalsIgnoreCase(email)) {
            problems.add(ImportProblem.ofRow(row, ImportCsv.MANAGER_EMAIL, "self-manager", null));
        }
        return manager;
    }

    private static void checkEmail(int row, String email, Context context, List<ImportProblem> problems) {
        String lower = email.toLowerCase(Locale.ROOT);
        if (email.isEmpty()) {
            problems.add(ImportProblem.ofRow(row, ImportCsv.EMAIL, "required", null));
        } else if (email.length() > MAX_EMAIL) {
            problems.add(ImportProblem.ofRow(row, ImportCsv.EMAIL, "too-long", String.valueOf(MAX_EMAIL)));
        } else if (!MembershipService.isEmail(email)) {
            problems.add(ImportProblem.ofRow(row, ImportCsv.EMAIL, "bad-email", email));
        } else if (context.firstRowOfEmail().putIfAbsent(lower, row) != null) {
            problems.add(ImportProblem.ofRow(row, ImportCsv.EMAIL, "duplicate-email",
                    String.valueOf(context.firstRowOfEmail().get(lower))));
        } else if (context.members().contains(lower)) {
            problems.add(ImportProblem.ofRow(row, ImportCsv.EMAIL, "already-member", null));
        } else if (context.invited().contains(lower)) {
            problems.add(ImportProblem.ofRow(row, ImportCsv.EMAIL, "already-invited", null));
        }
    }

    /** Optional free text of at most {@link #MAX_TEXT} characters; null when empty. */
    private static String text(int row, String field, String value, List<ImportProblem> problems) {
        if (value.length() > MAX_TEXT) {
            problems.add(ImportProblem.ofRow(row, field, "too-long", String.valueOf(MAX_TEXT)));
        }
        return value.isEmpty() ? null : value;
    }

    private static List<String> skills(int row, String field, String value, Context context,
            List<ImportProblem> problems) {
        List<String> slugs = slugs(value);
        if (slugs.size() > MAX_SKILLS) {
            problems.add(ImportProblem.ofRow(row, field, "too-many-skills", String.valueOf(MAX_SKILLS)));
        }
        for (String slug : slugs) {
            Boolean usable = context.skillUsable().get(slug);
            if (usable == null) {
                problems.add(ImportProblem.ofRow(row, field, "unknown-skill", slug));
            } else if (!usable) {
                problems.add(ImportProblem.ofRow(row, field, "retired-skill", slug));
            }
        }
        return slugs;
    }

    /** "pytorch; Transformers;;" is [pytorch, transformers]: slugs are lower case, repeats count once. */
    private static List<String> slugs(String value) {
        Set<String> slugs = new LinkedHashSet<>();
        Arrays.stream(value.split(";")).map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                .forEach(slugs::add);
        return List.copyOf(slugs);
    }
}
