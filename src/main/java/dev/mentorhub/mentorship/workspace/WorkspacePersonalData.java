package dev.mentorhub.mentorship.workspace;

import dev.mentorhub.member.DeletedMember;
import dev.mentorhub.member.Member;
import dev.mentorhub.member.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * Workspaces, for the data export (goals, notes, milestones, how it ended) and account deletion. The notes and
 * milestones are written by both members together; deleting either account erases them, and the end reason, for both.
 */
@ApplicationScoped
class WorkspacePersonalData implements PersonalData {

    private final Workspaces workspaces;

    WorkspacePersonalData(Workspaces workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Object> export(Member me) {
        return Map.of("mentorshipWorkspaces", workspaces.allOf(me.id()));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(DeletedMember deleted) {
        workspaces.forget(deleted.id());
    }
}
