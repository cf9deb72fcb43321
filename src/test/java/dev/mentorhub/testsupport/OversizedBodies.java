package dev.mentorhub.testsupport;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;

/**
 * Sending a body over {@code quarkus.http.limits.max-body-size}: the server answers 413 and closes the connection,
 * which races the client still writing the body (a broken pipe now and then). With "Expect: 100-continue" the client
 * sends the headers, waits for the answer and never writes the body once the 413 is back.
 */
public final class OversizedBodies {

    private OversizedBodies() {
    }

    public static RestAssuredConfig expectContinue() {
        return RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.protocol.expect-continue", true));
    }
}
