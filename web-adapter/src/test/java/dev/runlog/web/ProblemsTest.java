package dev.runlog.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import static org.assertj.core.api.Assertions.assertThat;

/** The problems written as bytes, by the body limit filter and by Tomcat's error report valve. */
class ProblemsTest {

    @ParameterizedTest(name = "{0} is of type {1}")
    @CsvSource({
        "400, request-rejected, Request rejected",
        "413, body-too-large, Body too large",
        "414, request-rejected, Request rejected",
        "431, request-rejected, Request rejected",
        "499, request-rejected, Request rejected",
        "505, server-error, Server error",
        "599, server-error, Server error"
    })
    void whatTheContainerRejects_isAProblemOfItsStatus_typedLikeEveryOther(int status, String type, String title) {
        assertThat(Problems.json(Problems.rejectedByContainer(status)))
                .isEqualTo("{\"type\":\"urn:runlog:problem:" + type + "\",\"title\":\"" + title + "\",\"status\":"
                        + status + ",\"detail\":\"The request could not be handled.\"}");
    }

    @Test
    void theJson_namesTheInstanceWhenThereIsOne() {
        assertThat(Problems.json(Problems.forwardedError(HttpStatus.NOT_FOUND, "/api/users/7")))
                .isEqualTo("{\"type\":\"urn:runlog:problem:no-such-endpoint\",\"title\":\"No such endpoint\","
                        + "\"status\":404,\"detail\":\"The request could not be handled: Not Found.\","
                        + "\"instance\":\"/api/users/7\"}");
    }

    @Test
    void theJson_escapesWhatItQuotes() {
        ProblemDetail quoting = Problems.httpFailure(HttpStatus.BAD_REQUEST, "say \"3\" or \\");

        assertThat(Problems.json(quoting)).contains("\"detail\":\"say \\\"3\\\" or \\\\\"");
    }
}
