package dev.mentorhub.skill;

import static dev.mentorhub.testsupport.TestKeycloak.accessToken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** /api/v1/skills with real access tokens: alice is a member, ada a platform admin. */
@QuarkusTest
class SkillResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldServeTheSeededTaxonomyAsATree() {
        JsonPath tree = given().auth().oauth2(accessToken("alice"))
                .when().get("/api/v1/skills")
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath();

        assertThat(tree.getList("slug", String.class)).containsSubsequence("ml-fundamentals", "libraries-and-tools",
                "research-literacy", "data-and-feature-engineering", "modeling", "deployment-and-scale",
                "business-alignment", "roi-and-trade-offs", "experimentation", "career-growth");
        assertThat(tree.getList("find { it.slug == 'libraries-and-tools' }.children.slug", String.class))
                .startsWith("tensorflow", "pytorch", "scikit-learn", "kaggle-practice");
        assertThat(tree.getString("find { it.slug == 'ml-fundamentals' }.nameZh")).isEqualTo("机器学习基础");
        assertThat(tree.getList("find { it.slug == 'libraries-and-tools' }.children.find { it.slug == 'pytorch' }.synonyms",
                String.class)).contains("torch");
        assertThat(tree.getList("find { it.slug == 'research-literacy' }.children.find { it.slug == 'large-language-models' }.synonyms",
                String.class)).contains("LLM", "大模型");
        assertThat(tree.getList("find { it.slug == 'career-growth' }.children.slug", String.class))
                .contains("mentoring-others", "networking");
    }

    @Test
    void shouldServeOneSkillWithItsChildren() {
        given().auth().oauth2(accessToken("alice"))
                .when().get("/api/v1/skills/experimentation")
                .then().statusCode(200)
                .body("nameEn", equalTo("Experimentation"))
                .body("retired", equalTo(false))
                .body("children.slug", hasItem("ab-testing"))
                .body("children.find { it.slug == 'ab-testing' }.synonyms", hasItems("A/B testing", "split testing"));
    }

    @Test
    void shouldAnswer404ProblemForUnknownSkill() {
        given().auth().oauth2(accessToken("alice"))
                .when().get("/api/v1/skills/no-such-skill")
                .then().statusCode(404).contentType(PROBLEM)
                .body("status", equalTo(404))
                .body("type", endsWith("/skill-not-found"));
    }

    @Test
    void shouldAnswer401WithoutToken() {
        given().when().get("/api/v1/skills").then().statusCode(401);
        given().contentType(ContentType.JSON).body(create(unique("anon"), null))
                .when().post("/api/v1/skills").then().statusCode(401);
    }

    @Test
    void shouldForbidMembersToChangeTheTaxonomy() {
        String slug = unique("member-made");
        given().auth().oauth2(accessToken("alice")).contentType(ContentType.JSON).body(create(slug, null))
                .when().post("/api/v1/skills")
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(accessToken("alice")).contentType(ContentType.JSON).when().post("/api/v1/skills/pytorch/retire")
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(accessToken("alice")).contentType(ContentType.JSON)
                .body(Map.of("nameEn", "Torch", "nameZh", "火炬"))
                .when().put("/api/v1/skills/pytorch")
                .then().statusCode(403);

        assertMissing(slug);
        admin().when().get("/api/v1/skills/pytorch").then().body("nameEn", equalTo("PyTorch")).body("retired", equalTo(false));
    }

    @Test
    void shouldCreateSkillUnderParentAndAnswerWithLocation() {
        String slug = unique("jax");
        String location = admin().contentType(ContentType.JSON)
                .body(Map.of("slug", slug, "nameEn", "JAX", "nameZh", "JAX 框架", "parentSlug", "libraries-and-tools",
                        "synonyms", List.of("jax", " Flax ", "flax")))
                .when().post("/api/v1/skills")
                .then().statusCode(201)
                .body("slug", equalTo(slug))
                .body("synonyms", contains("jax", "Flax"))
                .extract().header("Location");
        assertThat(location).endsWith("/api/v1/skills/" + slug);

        given().auth().oauth2(accessToken("alice")).when().get(location)
                .then().statusCode(200).body("nameZh", equalTo("JAX 框架"));
        given().auth().oauth2(accessToken("alice")).when().get("/api/v1/skills/libraries-and-tools")
                .then().body("children.slug", hasItem(slug))
                .body("children.slug[-1]", equalTo(slug));
    }

    @Test
    void shouldCreateTopLevelArea() {
        String slug = unique("area");
        admin().contentType(ContentType.JSON).body(create(slug, null))
                .when().post("/api/v1/skills").then().statusCode(201);
        given().auth().oauth2(accessToken("alice")).when().get("/api/v1/skills")
                .then().body("slug", hasItem(slug));
    }

    @Test
    void shouldRenameAndReplaceSynonyms() {
        String slug = createdUnder("modeling", "renamed");
        admin().contentType(ContentType.JSON)
                .body(Map.of("nameEn", "Model evaluation", "nameZh", "模型评估", "synonyms", List.of("evaluation")))
                .when().put("/api/v1/skills/" + slug)
                .then().statusCode(200)
                .body("nameEn", equalTo("Model evaluation"))
                .body("synonyms", contains("evaluation"));

        admin().contentType(ContentType.JSON).body(Map.of("nameEn", "Model evaluation 2", "nameZh", "模型评估二"))
                .when().put("/api/v1/skills/" + slug)
                .then().statusCode(200).body("synonyms", contains("evaluation"));
        given().auth().oauth2(accessToken("alice")).when().get("/api/v1/skills/" + slug)
                .then().body("nameEn", equalTo("Model evaluation 2")).body("nameZh", equalTo("模型评估二"));
    }

    @Test
    void shouldMoveUnderAnotherParentAndToTheTop() {
        String slug = createdUnder("modeling", "moving");
        String child = createdUnder(slug, "moving-child");

        admin().contentType(ContentType.JSON).body(Map.of("parentSlug", "experimentation"))
                .when().put("/api/v1/skills/" + slug + "/parent")
                .then().statusCode(200).body("children.slug", contains(child));
        admin().when().get("/api/v1/skills/experimentation").then().body("children.slug", hasItem(slug));
        admin().when().get("/api/v1/skills/modeling").then().body("children.slug", not(hasItem(slug)));

        admin().contentType(ContentType.JSON).body("{\"parentSlug\": null}")
                .when().put("/api/v1/skills/" + slug + "/parent")
                .then().statusCode(200);
        admin().when().get("/api/v1/skills").then().body("slug", hasItem(slug));
    }

    @Test
    void shouldHideRetiredSkillsFromTheTreeUntilRestored() {
        String slug = createdUnder("libraries-and-tools", "retiring");
        String child = createdUnder(slug, "retiring-child");

        admin().contentType(ContentType.JSON).when().post("/api/v1/skills/" + slug + "/retire")
                .then().statusCode(200).body("retired", equalTo(true));

        String libraries = "find { it.slug == 'libraries-and-tools' }.children.slug";
        given().auth().oauth2(accessToken("alice")).when().get("/api/v1/skills")
                .then().body(libraries, not(hasItem(slug)));
        given().auth().oauth2(accessToken("alice")).when().get("/api/v1/skills?includeRetired=true")
                .then().body(libraries, not(hasItem(slug)));
        admin().when().get("/api/v1/skills?includeRetired=true")
                .then().body(libraries, hasItem(slug));
        given().auth().oauth2(accessToken("alice")).when().get("/api/v1/skills/" + slug)
                .then().statusCode(200).body("retired", equalTo(true));
        admin().contentType(ContentType.JSON).body(create(unique("under-retired"), slug))
                .when().post("/api/v1/skills")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("parentSlug"));
        admin().contentType(ContentType.JSON).body(Map.of("parentSlug", child))
                .when().put("/api/v1/skills/modeling/parent")
                .then().statusCode(400).body("errors.field", contains("parentSlug"));

        admin().contentType(ContentType.JSON).when().post("/api/v1/skills/" + slug + "/restore")
                .then().statusCode(200).body("retired", equalTo(false));
        given().auth().oauth2(accessToken("alice")).when().get("/api/v1/skills")
                .then().body(libraries, hasItem(slug));
    }

    @Test
    void shouldRejectInvalidSlugNamingTheFieldAndCreateNothing() {
        String slug = "Bad Slug-" + UUID.randomUUID().toString().substring(0, 8);
        admin().contentType(ContentType.JSON).body(create(slug, null))
                .when().post("/api/v1/skills")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", endsWith("/invalid-input"))
                .body("errors.field", contains("slug"));
        admin().contentType(ContentType.JSON).body(create("trailing-hyphen-", null))
                .when().post("/api/v1/skills")
                .then().statusCode(400).body("errors.field", contains("slug"));
        assertMissing("trailing-hyphen-");
    }

    @Test
    void shouldRejectTooLongNameAndTooManySynonyms() {
        String slug = unique("long");
        admin().contentType(ContentType.JSON)
                .body(Map.of("slug", slug, "nameEn", "x".repeat(121), "nameZh", "长"))
                .when().post("/api/v1/skills")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("nameEn"));
        admin().contentType(ContentType.JSON)
                .body(Map.of("slug", slug, "nameEn", "Long", "nameZh", "长", "synonyms", List.of("y".repeat(121))))
                .when().post("/api/v1/skills")
                .then().statusCode(400).body("errors.field", contains("synonyms"));
        admin().contentType(ContentType.JSON)
                .body(Map.of("slug", slug, "nameEn", "Long", "nameZh", "长",
                        "synonyms", java.util.stream.IntStream.range(0, 21).mapToObj(i -> "s" + i).toList()))
                .when().post("/api/v1/skills")
                .then().statusCode(400).body("errors.field", contains("synonyms"));
        assertMissing(slug);

        admin().contentType(ContentType.JSON).body(Map.of("nameEn", "", "nameZh", "z".repeat(121)))
                .when().put("/api/v1/skills/pytorch")
                .then().statusCode(400).body("errors.field", contains("nameEn", "nameZh"));
        admin().when().get("/api/v1/skills/pytorch").then().body("nameEn", equalTo("PyTorch"));
    }

    @Test
    void shouldRejectMalformedOrMissingBody() {
        admin().contentType(ContentType.JSON).body("{\"slug\": ")
                .when().post("/api/v1/skills")
                .then().statusCode(400).contentType(PROBLEM);
        admin().contentType(ContentType.JSON)
                .when().post("/api/v1/skills")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void shouldRefuseDuplicateSlugWith409AndKeepTheOriginal() {
        admin().contentType(ContentType.JSON)
                .body(Map.of("slug", "pytorch", "nameEn", "Another torch", "nameZh", "另一个"))
                .when().post("/api/v1/skills")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", endsWith("/duplicate-skill-slug"))
                .body("errors.field", contains("slug"));
        admin().when().get("/api/v1/skills/pytorch").then().body("nameEn", equalTo("PyTorch"));
    }

    @Test
    void shouldRefuseMoveUnderItselfOrItsDescendantWith409() {
        String top = createdUnder("ml-fundamentals", "cycle-top");
        String middle = createdUnder(top, "cycle-middle");
        String bottom = createdUnder(middle, "cycle-bottom");

        for (String target : List.of(top, bottom)) {
            admin().contentType(ContentType.JSON).body(Map.of("parentSlug", target))
                    .when().put("/api/v1/skills/" + top + "/parent")
                    .then().statusCode(409).contentType(PROBLEM)
                    .body("type", endsWith("/skill-cycle"))
                    .body("errors.field", contains("parentSlug"));
        }
        admin().when().get("/api/v1/skills/ml-fundamentals").then().body("children.slug", hasItem(top));
        admin().when().get("/api/v1/skills/" + top).then().body("children.slug", contains(middle));
    }

    @Test
    void shouldAnswer404WhenChangingUnknownSkill() {
        admin().contentType(ContentType.JSON).when().post("/api/v1/skills/no-such-skill/retire")
                .then().statusCode(404).contentType(PROBLEM);
        admin().contentType(ContentType.JSON).body(Map.of("parentSlug", "no-such-parent"))
                .when().put("/api/v1/skills/pytorch/parent")
                .then().statusCode(400).body("errors.field", contains("parentSlug"))
                .body("detail", not(emptyOrNullString()));
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(accessToken("ada"));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> create(String slug, String parentSlug) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("slug", slug, "nameEn", "Test " + slug, "nameZh", "测试"));
        body.put("parentSlug", parentSlug);
        return body;
    }

    private static String createdUnder(String parentSlug, String prefix) {
        String slug = unique(prefix);
        admin().contentType(ContentType.JSON).body(create(slug, parentSlug))
                .when().post("/api/v1/skills").then().statusCode(201);
        return slug;
    }

    private static void assertMissing(String slug) {
        admin().when().get("/api/v1/skills/" + slug).then().statusCode(404);
    }
}
