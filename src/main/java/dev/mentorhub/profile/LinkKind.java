package dev.mentorhub.profile;

import dev.mentorhub.common.Slugged;

/** The links a profile may show; the site-specific ones must point at that site. */
public enum LinkKind implements Slugged {
    LINKEDIN("linkedin.com"), GITHUB("github.com"), KAGGLE("kaggle.com"), WEBSITE(null);

    private final String requiredHost;

    LinkKind(String requiredHost) {
        this.requiredHost = requiredHost;
    }

    @Override
    public String slug() {
        return Slugged.slugOf(this);
    }

    boolean acceptsHost(String host) {
        return requiredHost == null || host.equals(requiredHost) || host.endsWith("." + requiredHost);
    }
}
