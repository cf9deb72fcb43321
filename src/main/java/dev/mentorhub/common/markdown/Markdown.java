package dev.mentorhub.common.markdown;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Markdown written by members, rendered to HTML that is safe to insert as is: raw HTML is escaped (so no tag, script
 * or event handler survives), link and image URLs other than http, https and mailto are dropped, and links carry
 * {@code rel="nofollow noopener"}. Thread-safe; the parser and renderer are immutable.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();

    private static final AttributeProvider LINK_REL = (Node node, String tagName, Map<String, String> attributes) -> {
        if (node instanceof Link) {
            attributes.put("rel", "nofollow noopener");
        }
    };

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new UrlSanitizer() {
                @Override
                public String sanitizeLinkUrl(String url) {
                    return safeUrl(url);
                }

                @Override
                public String sanitizeImageUrl(String url) {
                    return safeUrl(url);
                }
            })
            .attributeProviderFactory(context -> LINK_REL)
            .build();

    /** A scheme before the first slash, question mark or hash: anything else is a relative URL. */
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

    private Markdown() {
    }

    /** http, https, mailto and relative URLs pass; any other scheme (javascript:, data:, vbscript:...) becomes "". */
    static String safeUrl(String url) {
        var scheme = SCHEME.matcher(url.strip());
        if (!scheme.find()) {
            return url;
        }
        String name = scheme.group(1).toLowerCase(Locale.ROOT);
        return name.equals("http") || name.equals("https") || name.equals("mailto") ? url : "";
    }

    /** The HTML for {@code source}; blank or null gives an empty string. */
    public static String toHtml(String source) {
        if (source == null || source.isBlank()) {
            return "";
        }
        return RENDERER.render(PARSER.parse(source));
    }
}
