package dev.mentorhub.common.config;

import dev.mentorhub.common.local.ProductionChecks;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * In the prod profile, refuses to start on development defaults (the development client secret, Keycloak or mail
 * links on localhost), naming each setting; see {@link ProductionChecks}. The launcher has already refused embedded
 * services nobody asked for, before starting them.
 */
@ApplicationScoped
class ProductionGuard {

    void refuseDevelopmentDefaults(@Observes @Priority(1) StartupEvent event, Config config) {
        if (!ConfigUtils.isProfileActive("prod")) {
            return;
        }
        List<String> refusals = ProductionChecks.configRefusals(name -> config.getOptionalValue(name, String.class));
        if (!refusals.isEmpty()) {
            throw new IllegalStateException(ProductionChecks.describe(refusals));
        }
    }
}
