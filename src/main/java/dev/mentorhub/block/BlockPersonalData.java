package dev.mentorhub.block;

import dev.mentorhub.member.DeletedMember;
import dev.mentorhub.member.Member;
import dev.mentorhub.member.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * Blocks, for the data export and account deletion. The export lists the blocks the member made; blocks made
 * against them stay the blocker's private fact and are not shown, but deletion removes both.
 */
@ApplicationScoped
class BlockPersonalData implements PersonalData {

    private final BlockService blocks;

    BlockPersonalData(BlockService blocks) {
        this.blocks = blocks;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Object> export(Member me) {
        return Map.of("blocks", blocks.list(me));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(DeletedMember deleted) {
        blocks.forget(deleted.id());
    }
}
