package dev.mentorhub.common.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

/** Renders every template in the request's language, so pages never have to remember to set it. */
@ApplicationScoped
class LocalizedTemplates implements TemplateInstance.Initializer {

    @Override
    public void accept(TemplateInstance instance) {
        if (Arc.container().requestContext().isActive()) {
            instance.setLocale(Arc.container().instance(RequestLocale.class).get().locale());
        }
    }
}
