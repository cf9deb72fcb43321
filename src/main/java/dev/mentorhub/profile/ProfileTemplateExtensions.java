package dev.mentorhub.profile;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/** Small formatting helpers for profile templates: {@code {skill.name}}, {@code {profile.lastActiveAt.day}}. */
@TemplateExtension
class ProfileTemplateExtensions {

    private ProfileTemplateExtensions() {
    }

    static String name(ProfileDto.SkillEntry skill, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return locale instanceof Locale l && Locale.CHINESE.getLanguage().equals(l.getLanguage()) ? skill.nameZh()
                : skill.nameEn();
    }

    static String day(Instant instant) {
        return instant == null ? "" : LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }
}
