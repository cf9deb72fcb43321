package dev.mentorhub.common.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void shouldRenderOrdinaryMarkdown() {
        String html = Markdown.toHtml("# Plan\n\n- **read** the *book*\n- [docs](https://example.org/a)");

        assertThat(html).contains("<h1>Plan</h1>", "<strong>read</strong>", "<em>book</em>",
                "href=\"https://example.org/a\"", "rel=\"nofollow noopener\"", ">docs</a>");
    }

    @Test
    void shouldEscapeScriptTags() {
        String html = Markdown.toHtml("hello <script>alert(1)</script>\n\n<script>alert(2)</script>");

        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;");
    }

    @Test
    void shouldEscapeImgWithOnerror() {
        String html = Markdown.toHtml("<img src=x onerror=alert(1)>");

        assertThat(html).doesNotContain("<img").contains("&lt;img");
    }

    @Test
    void shouldDropJavascriptLinks() {
        String html = Markdown.toHtml("[x](javascript:alert(1))");

        assertThat(html).doesNotContain("javascript:").contains(">x</a>");
    }

    @Test
    void shouldDropDataUrls() {
        String html = Markdown.toHtml("[x](data:text/html;base64,PHNjcmlwdD4=) ![i](data:image/png;base64,AAAA)");

        assertThat(html).doesNotContain("data:").contains(">x</a>", "<img");
    }

    @Test
    void shouldRenderBlankAsEmpty() {
        assertThat(Markdown.toHtml(null)).isEmpty();
        assertThat(Markdown.toHtml("  ")).isEmpty();
    }
}
