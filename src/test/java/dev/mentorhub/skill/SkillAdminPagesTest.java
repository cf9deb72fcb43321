package dev.mentorhub.skill;

import static dev.mentorhub.testsupport.HtmlForms.form;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The admin page /admin/skills: platform admins only, forms with CSRF tokens, errors shown on the page. */
@QuarkusTest
class SkillAdminPagesTest {

    private static final String ADA_SUB = "skill-pages-ada";

    @Inject
    SkillService skillService;

    @Test
    @TestSecurity(user = "ada", roles = {"member", "platform-admin"})
    @OidcSecurity(claims = {@Claim(key = "sub", value = ADA_SUB), @Claim(key = "name", value = "Ada Admin")})
    void shouldShowTheTreeInBothLanguagesToPlatformAdmins() {
        given().accept("text/html").when().get("/admin/skills")
                .then().statusCode(200)
                .body(containsString("Skill taxonomy"))
                .body(containsString("PyTorch"))
                .body(containsString("机器学习基础"))
                .body(containsString("href=\"/admin/skills/pytorch\""))
                .body(containsString("name=\"csrf-token\""));
        given().accept("text/html").header("Accept-Language", "zh-CN").when().get("/admin/skills")
                .then().statusCode(200).body(containsString("技能分类")).body(containsString("添加技能"));
    }

    @Test
    @TestSecurity(user = "alice", roles = {"member"})
    @OidcSecurity(claims = {@Claim(key = "sub", value = "skill-pages-alice")})
    void shouldForbidMembers() {
        given().accept("text/html").when().get("/admin/skills")
                .then().statusCode(403).body(not(containsString("PyTorch")));
        given().accept("text/html").when().get("/admin/skills/pytorch").then().statusCode(403);
    }

    @Test
    void shouldSendVisitorsToSignIn() {
        given().redirects().follow(false).accept("text/html").when().get("/admin/skills")
                .then().statusCode(302)
                .header("Location", containsString("/realms/mentorhub/protocol/openid-connect/auth"));
    }

    @Test
    @TestSecurity(user = "ada", roles = {"member", "platform-admin"})
    @OidcSecurity(claims = {@Claim(key = "sub", value = ADA_SUB)})
    void shouldAddSkillThroughTheFormAndRedirect() {
        String slug = unique("form-added");
        form("/admin/skills")
                .formParam("slug", slug).formParam("nameEn", "Graph neural networks").formParam("nameZh", "图神经网络")
                .formParam("parentSlug", "research-literacy").formParam("synonyms", "GNN，graph nets")
                .when().post("/admin/skills")
                .then().statusCode(303).header("Location", endsWith("/admin/skills"));

        SkillNode created = skillService.node(slug, true);
        assertThat(created.nameZh()).isEqualTo("图神经网络");
        assertThat(created.synonyms()).containsExactly("GNN", "graph nets");
        assertThat(skillService.node("research-literacy", false).children()).extracting(SkillNode::slug).contains(slug);
        given().accept("text/html").when().get("/admin/skills").then().body(containsString("图神经网络"));
    }

    @Test
    @TestSecurity(user = "ada", roles = {"member", "platform-admin"})
    @OidcSecurity(claims = {@Claim(key = "sub", value = ADA_SUB)})
    void shouldShowErrorsAndKeepInputWhenTheFormIsInvalid() {
        String badSlug = "Not A Slug " + UUID.randomUUID().toString().substring(0, 8);
        form("/admin/skills")
                .formParam("slug", badSlug).formParam("nameEn", "x".repeat(121)).formParam("nameZh", "名称")
                .formParam("parentSlug", "")
                .when().post("/admin/skills")
                .then().statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("id=\"error-slug\""))
                .body(containsString("Use lower-case letters and digits"))
                .body(containsString("At most 120 characters."))
                .body(containsString("value=\"" + badSlug + "\""));

        form("/admin/skills")
                .formParam("slug", "pytorch").formParam("nameEn", "Other").formParam("nameZh", "其他")
                .when().post("/admin/skills")
                .then().statusCode(409).body(containsString("This slug is already taken."));
        assertThat(skillService.node("pytorch", true).nameEn()).isEqualTo("PyTorch");
    }

    @Test
    @TestSecurity(user = "ada", roles = {"member", "platform-admin"})
    @OidcSecurity(claims = {@Claim(key = "sub", value = ADA_SUB)})
    void shouldRefuseFormPostWithoutCsrfToken() {
        String slug = unique("no-csrf");
        given().accept("text/html").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("slug", slug).formParam("nameEn", "No token").formParam("nameZh", "无令牌")
                .when().post("/admin/skills")
                .then().statusCode(400);
        assertThatThrownBy(() -> skillService.node(slug, true)).isInstanceOf(SkillNotFoundException.class);
    }

    @Test
    @TestSecurity(user = "ada", roles = {"member", "platform-admin"})
    @OidcSecurity(claims = {@Claim(key = "sub", value = ADA_SUB)})
    void shouldRenameMoveRetireAndRestoreThroughTheEditPage() {
        String slug = created("modeling", "page-edit");
        String child = created(slug, "page-edit-child");
        String edit = "/admin/skills/" + slug;

        given().accept("text/html").when().get(edit).then().statusCode(200).body(containsString("Test " + slug));

        form(edit).formParam("nameEn", "Evaluation design").formParam("nameZh", "评估设计").formParam("synonyms", "evals")
                .when().post(edit + "/rename")
                .then().statusCode(303).header("Location", endsWith(edit));
        assertThat(skillService.node(slug, true)).satisfies(node -> {
            assertThat(node.nameEn()).isEqualTo("Evaluation design");
            assertThat(node.synonyms()).containsExactly("evals");
        });

        form(edit).formParam("parentSlug", child)
                .when().post(edit + "/move")
                .then().statusCode(409).body(containsString("cannot move under itself"));
        form(edit).formParam("parentSlug", "experimentation")
                .when().post(edit + "/move")
                .then().statusCode(303);
        assertThat(skillService.node("experimentation", true).children()).extracting(SkillNode::slug).contains(slug);

        form(edit).when().post(edit + "/retire").then().statusCode(303);
        assertThat(skillService.node(slug, true).retired()).isTrue();
        given().accept("text/html").when().get("/admin/skills")
                .then().body(containsString("class=\"skill depth-1 retired\" id=\"skill-" + slug + "\""));
        given().accept("text/html").when().get(edit).then().body(containsString("id=\"restore-skill\""));

        form(edit).when().post(edit + "/restore").then().statusCode(303);
        assertThat(skillService.node(slug, true).retired()).isFalse();
    }

    @Test
    @TestSecurity(user = "ada", roles = {"member", "platform-admin"})
    @OidcSecurity(claims = {@Claim(key = "sub", value = ADA_SUB)})
    void shouldAnswer404PageForUnknownSkill() {
        given().accept("text/html").when().get("/admin/skills/no-such-skill")
                .then().statusCode(404).contentType(containsString("text/html"));
    }


    private String created(String parentSlug, String prefix) {
        String slug = unique(prefix);
        skillService.create(new SkillRequests.Create(slug, "Test " + slug, "测试", parentSlug, List.of()));
        return slug;
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
