package dev.mentorhub.skill;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A node of the skill taxonomy ("PyTorch" under "Libraries and tools"). */
@Entity
@Table(name = "skill")
public class Skill {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String slug;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Skill parent;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private List<String> synonyms = new ArrayList<>();

    @Column(nullable = false)
    private boolean retired;

    @Column(nullable = false)
    private int position;

    protected Skill() {
    }

    public Skill(String slug, String nameEn, String nameZh, Skill parent) {
        this.slug = slug;
        this.nameEn = nameEn;
        this.nameZh = nameZh;
        this.parent = parent;
    }

    /** A new skill with its synonyms, placed at {@code position} among its siblings. */
    public Skill(String slug, String nameEn, String nameZh, Skill parent, List<String> synonyms, int position) {
        this(slug, nameEn, nameZh, parent);
        replaceSynonyms(synonyms);
        this.position = position;
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public Skill parent() {
        return parent;
    }

    public List<String> synonyms() {
        return List.copyOf(synonyms);
    }

    public boolean isRetired() {
        return retired;
    }

    public int position() {
        return position;
    }

    public void rename(String nameEn, String nameZh) {
        this.nameEn = nameEn;
        this.nameZh = nameZh;
    }

    /** The synonyms, trimmed, without blanks and without case-insensitive repeats, in the given order. */
    public void replaceSynonyms(List<String> newSynonyms) {
        Set<String> seen = new HashSet<>();
        List<String> cleaned = new ArrayList<>();
        for (String synonym : newSynonyms) {
            String trimmed = synonym == null ? "" : synonym.strip();
            if (!trimmed.isEmpty() && seen.add(trimmed.toLowerCase(Locale.ROOT))) {
                cleaned.add(trimmed);
            }
        }
        this.synonyms = cleaned;
    }

    public void addSynonym(String synonym) {
        List<String> more = new ArrayList<>(synonyms);
        more.add(synonym);
        replaceSynonyms(more);
    }

    /**
     * Hangs this skill under {@code newParent} ({@code null}: top level) at {@code newPosition} among its new
     * siblings. Only the direct cycle is checked here; the service refuses moves under the skill's own descendants.
     */
    public void moveUnder(Skill newParent, int newPosition) {
        if (newParent == this) {
            throw new IllegalArgumentException("A skill cannot be its own parent: " + slug);
        }
        this.parent = newParent;
        this.position = newPosition;
    }

    /** Not offered for new profiles any more; existing ones keep it. */
    public void retire() {
        this.retired = true;
    }

    public void restore() {
        this.retired = false;
    }
}
