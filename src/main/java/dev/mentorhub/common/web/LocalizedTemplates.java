package dev.mentorhub.common.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;

/**
 * Renders every template in the request's language, so pages never have to remember to set it. The language is
 * {@link RequestLocale}'s (the {@code lang} cookie first). The template's only variant is declared in it too, because
 * the REST layer otherwise picks the variant, and with it the language, from the browser's Accept-Language alone.
 * Registered with the engine builder: Qute does not look for initializer beans by itself.
 */
@Singleton
class LocalizedTemplates {

    void register(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(LocalizedTemplates::localize);
    }

    static void localize(TemplateInstance instance) {
        if (Arc.container().requestContext().isActive()) {
            Locale locale = Arc.container().instance(RequestLocale.class).get().locale();
            instance.setLocale(locale);
            instance.getTemplate().getVariant().ifPresent(v -> instance.setAttribute(TemplateInstance.VARIANTS,
                    List.of(new Variant(locale, v.getMediaType(), v.getEncoding()))));
        }
    }
}
