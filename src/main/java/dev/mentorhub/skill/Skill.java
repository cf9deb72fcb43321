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
import java.util.List;
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
}
